package cn.nianbao.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.admin.UserRow;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 机关管理's form across saves, the height of 用户管理's grid and the reset-password dialog. */
class AdministrationFormsScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    AgencyAdministration agencyAdministration;

    @Test
    void a_new_agency_keeps_its_parent_in_the_form_after_saving_and_saving_it_again_updates_it() {
        TestAgency above = testAgencies.create();
        String code = "form-" + System.nanoTime();
        login("sysadmin");
        UI.getCurrent().navigate(AgenciesView.class);

        type(_get(TextField.class, spec -> spec.withId("agency-code")), code);
        type(_get(TextField.class, spec -> spec.withId("agency-name")), "表单测试局");
        type(
                parentBox(),
                logins.as("sysadmin", () -> agencyAdministration.find(above.id()))
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-agency")));

        assertThat(parentBox().getValue()).extracting(AgencyRow::id).isEqualTo(above.id());
        type(_get(TextField.class, spec -> spec.withId("agency-name")), "表单测试局（改名）");
        _click(_get(Button.class, spec -> spec.withId("save-agency")));

        assertThat(notifications()).noneMatch(text -> text.contains("已被使用"));
        assertThat(notifications()).anyMatch(text -> text.contains("已保存机关「表单测试局（改名）」"));
        var saved = agencies.findByCode(code).orElseThrow();
        assertThat(saved.getName()).isEqualTo("表单测试局（改名）");
        assertThat(saved.getParentId()).isEqualTo(above.id());
    }

    @Test
    void a_new_agency_reports_from_the_year_it_is_set_up_unless_the_administrator_says_otherwise() {
        String code = "first-" + System.nanoTime();
        login("sysadmin");
        UI.getCurrent().navigate(AgenciesView.class);
        TextField firstYear = _get(TextField.class, spec -> spec.withId("agency-first-year"));
        int thisYear = LocalDate.now(ChinaTime.ZONE).getYear();
        assertThat(firstYear.getValue()).isEqualTo(String.valueOf(thisYear));

        type(_get(TextField.class, spec -> spec.withId("agency-code")), code);
        type(_get(TextField.class, spec -> spec.withId("agency-name")), "新设测试局");
        type(firstYear, "2026.5");
        _click(_get(Button.class, spec -> spec.withId("save-agency")));
        assertThat(firstYear.isInvalid()).isTrue();
        assertThat(firstYear.getErrorMessage()).isEqualTo("请填写四位数字的年份，例如 2025。");
        assertThat(agencies.findByCode(code)).isEmpty();

        type(firstYear, "2026");
        _click(_get(Button.class, spec -> spec.withId("save-agency")));
        assertThat(agencies.findByCode(code).orElseThrow().getFirstReportYear()).isEqualTo(2026);

        // an agency that existed before Nianbao: the administrator clears the field, and it reports on every year
        type(firstYear, "");
        _click(_get(Button.class, spec -> spec.withId("save-agency")));
        assertThat(agencies.findByCode(code).orElseThrow().getFirstReportYear()).isNull();
        assertThat(firstYear.getValue()).isEmpty();
    }

    @Test
    void the_user_grid_takes_the_height_of_the_screen() {
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users"));
        UsersView view = _get(UsersView.class);
        assertThat(view.getHeight()).isEqualTo("100%");
        assertThat(grid.getHeight()).isEqualTo("100%");
        assertThat(((VerticalLayout) view).getFlexGrow(grid)).isEqualTo(1.0);
    }

    @Test
    void the_reset_password_dialog_has_a_short_label_and_says_the_rest_below_the_field() {
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        _click(action("sysadmin", "reset-password"));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password-value"));
        assertThat(password.getLabel()).isEqualTo("新密码");
        assertThat(password.getHelperText()).isEqualTo("用户下次登录时须修改此密码");
        assertThat(password.getWidth()).isEqualTo("100%");
    }

    @Test
    void disabling_an_only_handler_says_that_nobody_could_take_the_draft_and_who_was_told() {
        TestAgency agency = testAgencies.create();
        journey.start(agency, 2025);
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        _click(action(agency.handler(), "disable-user"));

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text)
                        .startsWith("已停用 ")
                        .contains("（" + agency.handler() + "）")
                        .contains("2025年政府信息公开工作年度报告」起草：无人接手（本机关没有其他在用的经办人员）")
                        .contains("已通知本机关分管领导、主要领导和上级协调员")
                        .doesNotContain("已转交"));
    }

    @Test
    void disabling_someone_without_tasks_says_so() {
        TestAgency agency = testAgencies.create();
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        _click(action(agency.secrecy(), "disable-user"));

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).endsWith("（" + agency.secrecy() + "），其名下没有待办任务。"));
    }

    /**
     * A button of the 操作 column in the user's row, found as the administrator does among thousands: by searching
     * for the user name (the grid renders its cells lazily, so they are looked up).
     */
    @SuppressWarnings("unchecked")
    private static Button action(String username, String buttonClass) {
        type(_get(TextField.class, spec -> spec.withId("user-search")), username);
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("users"));
        List<UserRow> rows = GridKt._findAll(grid);
        int index = IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).username().equals(username))
                .findFirst()
                .orElseThrow();
        Component cell = GridKt._getCellComponent(grid, index, "actions");
        return _get(cell, Button.class, spec -> spec.withClasses(buttonClass));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AgencyRow> parentBox() {
        return _get(ComboBox.class, spec -> spec.withId("agency-parent"));
    }
}
