package cn.nianbao.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.ImportPreview.Problem;
import cn.nianbao.admin.UserRow;
import cn.nianbao.admin.Workbooks;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.FailedLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 用户管理's search, edit dialog and 解锁, and the Excel import's preview and 确认导入, on the real screens. */
class PeopleScreensTest extends UiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    FailedLogins failedLogins;

    @Autowired
    AgencyAdministration agencyAdministration;

    @Test
    void the_search_narrows_the_grid_to_the_matching_accounts() {
        TestAgency agency = testAgencies.create();
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);
        int everyone = GridKt._size(grid());

        type(_get(TextField.class, spec -> spec.withId("user-search")), agency.name());

        assertThat(GridKt._findAll(grid()))
                .extracting(UserRow::username)
                .containsExactlyInAnyOrder(agency.handler(), agency.lead(), agency.secrecy(), agency.supervisor());
        assertThat(everyone).isGreaterThan(4);
    }

    @Test
    void a_wrong_phone_is_named_and_the_dialog_keeps_what_was_typed_then_a_right_one_is_saved() {
        TestAgency agency = testAgencies.create();
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        _click(action(agency.handler(), "edit-user"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("edit-agency")).getValue())
                .as("the dialog opens on the person's agency")
                .isEqualTo(agencyAdministration.find(agency.id()).orElseThrow());
        type(_get(TextField.class, spec -> spec.withId("edit-display-name")), "改过的名字");
        type(_get(TextField.class, spec -> spec.withId("edit-phone")), "1234");
        _click(_get(Button.class, spec -> spec.withId("edit-user-save")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("手机或电话「1234」格式不正确"));
        assertThat(users.findByUsername(agency.handler()).orElseThrow().getDisplayName())
                .isNotEqualTo("改过的名字");
        assertThat(_get(TextField.class, spec -> spec.withId("edit-display-name"))
                        .getValue())
                .isEqualTo("改过的名字");

        type(_get(TextField.class, spec -> spec.withId("edit-phone")), "010-62345678");
        type(_get(TextField.class, spec -> spec.withId("edit-email")), "gai@example.gov.cn");
        _click(_get(Button.class, spec -> spec.withId("edit-user-save")));

        AppUser saved = users.findByUsername(agency.handler()).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("改过的名字");
        assertThat(saved.getPhone()).isEqualTo("010-62345678");
        assertThat(saved.getEmail()).isEqualTo("gai@example.gov.cn");
        assertThat(_find(TextField.class, spec -> spec.withId("edit-phone"))).isEmpty();
        assertThat(GridKt._findAll(grid()))
                .singleElement()
                .satisfies(row -> assertThat(row.phone()).isEqualTo("010-62345678"));
    }

    @Test
    void a_locked_account_says_until_when_and_unlock_lets_the_person_in() {
        TestAgency agency = testAgencies.create();
        failedLogins.lock(agency.secrecy());
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        Button unlock = action(agency.secrecy(), "unlock-user");
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .anySatisfy(cell -> assertThat(cell).startsWith("已锁定至 "));
        _click(unlock);

        assertThat(notifications()).contains("已解锁 " + agency.secrecy() + "，可以重新登录。");
        assertThat(failedLogins.isLocked(agency.secrecy(), TestAgencies.PASSWORD))
                .isFalse();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("正常");
    }

    @Test
    void an_import_with_errors_shows_each_problem_and_offers_no_import_then_the_fixed_file_is_imported() {
        String code = "scr-" + System.nanoTime();
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("people-import-link"))
                        .getHref())
                .isEqualTo("admin/users/import");
        UI.getCurrent().navigate("admin/users/import");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PeopleImportView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("people-upload"));

        uploadList(
                upload,
                code,
                List.of(List.of(code + "-a", "吴一", code, "138", ""), List.of(code + "-a", "吴二", code, "", "")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("名单.xlsx：发现 2 处问题，改正后重新上传；在此之前不会保存任何数据。");
        @SuppressWarnings("unchecked")
        Grid<Problem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._findAll(problems))
                .extracting(Problem::row, Problem::column)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(2, "手机或电话"),
                        org.assertj.core.api.Assertions.tuple(3, "用户名"));
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
        assertThat(agencies.findByCode(code)).isEmpty();

        uploadList(
                upload,
                code,
                List.of(List.of(code + "-a", "吴一", code, "13800138000", ""), List.of(code + "-b", "吴二", code, "", "")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("名单.xlsx：没有发现问题，将新建机关 1 个、账号 2 个。请设置初始密码后确认导入。");
        assertThat(agencies.findByCode(code)).as("nothing before 确认导入").isEmpty();
        type(_get(PasswordField.class, spec -> spec.withId("import-password")), "Pingmu@2026pw");
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        assertThat(notifications()).contains("已导入「名单.xlsx」：新建机关 1 个、账号 2 个。账号首次登录须修改密码；请安全管理员分配角色。");
        assertThat(users.findByUsername(code + "-b"))
                .hasValueSatisfying(u -> assertThat(u.getRoles()).isEmpty());
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
    }

    @Test
    void a_file_that_is_not_xlsx_is_refused_on_the_screen_saying_what_to_do() {
        login("sysadmin");
        UI.getCurrent().navigate(PeopleImportView.class);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("people-upload")), "名单.xlsx", XLSX, "a,b".getBytes());

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).startsWith("无法导入「名单.xlsx」：文件不是有效的 Excel 工作簿（.xlsx）"));
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
    }

    /** 名单.xlsx with one agency of this code and these people, uploaded. */
    private static void uploadList(Upload upload, String code, List<List<String>> people) {
        UploadKt._upload(
                upload, "名单.xlsx", XLSX, Workbooks.of(List.of(List.of(code, "屏幕导入测试局", "政府部门", "", "")), people));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserRow> grid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    /** A button in the row of the user, searched for by name as the administrator does. */
    private static Button action(String username, String buttonClass) {
        type(_get(TextField.class, spec -> spec.withId("user-search")), username);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        Component cell = GridKt._getCellComponent(grid(), 0, "actions");
        return _get(cell, Button.class, spec -> spec.withClasses(buttonClass));
    }
}
