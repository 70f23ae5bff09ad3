package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.admin.ImportPreview.Problem;
import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.security.Logins;
import cn.nianbao.security.PasswordRejectedException;
import cn.nianbao.security.Passwords;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The Excel import's checks, its refusals of whole files, and that 确认导入 saves all of a file or nothing. */
@NianbaoTest
class PeopleImportTest {

    private static final String PASSWORD = "Daoru@2026pw";

    @Autowired
    PeopleImport people;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    Passwords passwords;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Test
    void the_template_has_both_sheets_with_headers_notes_and_an_example_that_the_import_skips() throws Exception {
        byte[] template = PeopleTemplate.bytes();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("机关");
            assertThat(workbook.getSheetName(1)).isEqualTo("人员");
            var agencyHead = workbook.getSheet("机关").getRow(0);
            assertThat(IntStream.range(0, 5).mapToObj(i -> agencyHead.getCell(i).getStringCellValue()))
                    .containsExactly("机关代码", "机关名称", "机关类型", "上级机关代码", "首个报告年度");
            assertThat(agencyHead.getCell(2).getCellComment().getString().getString())
                    .contains("人民政府")
                    .contains("政府部门");
            var peopleHead = workbook.getSheet("人员").getRow(0);
            assertThat(IntStream.range(0, 5).mapToObj(i -> peopleHead.getCell(i).getStringCellValue()))
                    .containsExactly("用户名", "姓名", "所属机关代码", "手机或电话", "电子邮箱");
            assertThat(peopleHead.getCell(4).getCellComment().getString().getString())
                    .contains("安全管理员");
            assertThat(workbook.getSheet("人员").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("张三");
        }

        ImportPreview preview = logins.as("sysadmin", () -> people.preview("模板.xlsx", template));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.skippedExamples()).isEqualTo(2);
        assertThat(preview.importable()).isFalse();
    }

    @Test
    void every_problem_of_every_row_is_named_by_sheet_row_and_column_and_nothing_is_saved() {
        TestAgency existing = testAgencies.create();
        String code = "imp-" + System.nanoTime();
        byte[] file = Workbooks.of(
                List.of(
                        List.of(code + "-a", "导入测试甲局", "政府部门", "", ""),
                        List.of(code + "-a", "导入测试乙局", "政府部门", "", ""),
                        List.of(code + "-c", "导入测试丙局", "政府部门", "no-such-parent", ""),
                        List.of(agencies.findById(existing.id()).orElseThrow().getCode(), "导入测试丁局", "政府部门", "", ""),
                        List.of(code + "-e", "", "部门", "", "1999"),
                        List.of(code + "-f", "局".repeat(101), "政府部门", "", "")),
                List.of(
                        List.of(code + "-u1", "王五", code + "-a", "12345", "wang@example"),
                        List.of(code + "-u1", "王六", code + "-a", "", ""),
                        List.of(existing.handler(), "赵七", code + "-a", "", ""),
                        List.of(code + "-u4", "", "", "0571-87654321", ""),
                        List.of(code + "-u5", "钱八", "no-such-agency", "13800138000", "")));

        ImportPreview preview = logins.as("sysadmin", () -> people.preview("有错.xlsx", file));

        assertThat(preview.problems())
                .extracting(Problem::text)
                .contains(
                        "工作表「机关」第 3 行「机关代码」：机关代码「" + code + "-a」与第 2 行重复。",
                        "工作表「机关」第 4 行「上级机关代码」：上级机关代码「no-such-parent」既不是系统中已有的机关，也不在本文件的「机关」表中。",
                        "工作表「机关」第 6 行「机关名称」：机关名称不能为空，最多 100 字。",
                        "工作表「机关」第 6 行「机关类型」：机关类型「部门」无法识别：须为「人民政府」或「政府部门」。",
                        "工作表「机关」第 7 行「机关名称」：机关名称不能为空，最多 100 字。",
                        "工作表「人员」第 3 行「用户名」：用户名「" + code + "-u1」与第 2 行重复。",
                        "工作表「人员」第 4 行「用户名」：用户名「" + existing.handler() + "」已被使用。",
                        "工作表「人员」第 5 行「姓名」：姓名不能为空，最多 50 字。",
                        "工作表「人员」第 5 行「所属机关代码」：所属机关代码不能为空。",
                        "工作表「人员」第 6 行「所属机关代码」：所属机关代码「no-such-agency」既不是系统中已有的机关，也不在本文件的「机关」表中。");
        assertThat(preview.problems())
                .extracting(Problem::text)
                .anySatisfy(text ->
                        assertThat(text).startsWith("工作表「机关」第 5 行「机关代码」：机关代码「").endsWith("」已被使用（系统中已有此机关）。"))
                .anySatisfy(text -> assertThat(text).startsWith("工作表「机关」第 6 行「首个报告年度」：首个报告年度「1999」须为 2008 至"))
                .anySatisfy(text -> assertThat(text).startsWith("工作表「人员」第 2 行「手机或电话」：手机或电话「12345」格式不正确"))
                .anySatisfy(text -> assertThat(text).startsWith("工作表「人员」第 2 行「电子邮箱」：电子邮箱「wang@example」格式不正确"));

        assertThatThrownBy(() -> logins.as("sysadmin", () -> people.importAll("有错.xlsx", file, PASSWORD)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageStartingWith("文件中有 " + preview.problems().size() + " 处问题，未导入任何数据");
        assertThat(agencies.findByCode(code + "-a")).isEmpty();
        assertThat(users.findByUsername(code + "-u5")).isEmpty();
    }

    @Test
    void a_correct_file_imports_agencies_below_each_other_and_people_without_roles_who_must_change_the_password() {
        TestAgency county = testAgencies.create();
        String countyCode = agencies.findById(county.id()).orElseThrow().getCode();
        String code = "imp-" + System.nanoTime();
        byte[] file = Workbooks.of(
                List.of(
                        // the child before its parent: the import saves parents first
                        List.of(code + "-tjj", "导入测试统计局", "政府部门", code + "-town", "2026"),
                        List.of(code + "-town", "导入测试镇人民政府", "人民政府", countyCode, ""),
                        PeopleTemplate.AGENCY_EXAMPLE),
                List.of(
                        List.of(code + "-li", "李四", code + "-tjj", "13800138000", "lisi@example.gov.cn"),
                        List.of(code + "-zhou", "周五", countyCode, "0571-87654321", ""),
                        PeopleTemplate.PEOPLE_EXAMPLE));

        var result = logins.as("sysadmin", () -> people.importAll("导入.xlsx", file, PASSWORD));

        assertThat(result.agencies()).isEqualTo(2);
        assertThat(result.people()).isEqualTo(2);
        Agency town = agencies.findByCode(code + "-town").orElseThrow();
        Agency bureau = agencies.findByCode(code + "-tjj").orElseThrow();
        assertThat(town.getParentId()).isEqualTo(county.id());
        assertThat(town.getKind()).isEqualTo(AgencyKind.GOVERNMENT);
        assertThat(bureau.getParentId()).isEqualTo(town.getId());
        assertThat(bureau.getFirstReportYear()).isEqualTo(2026);
        AppUser li = users.findByUsername(code + "-li").orElseThrow();
        assertThat(li.getRoles()).isEmpty();
        assertThat(li.getAgency().getId()).isEqualTo(bureau.getId());
        assertThat(li.getPhone()).isEqualTo("13800138000");
        assertThat(li.getEmail()).isEqualTo("lisi@example.gov.cn");
        assertThat(passwords.mustChange(li.getId())).isTrue();
        assertThat(users.findByUsername("example-zhangsan")).isEmpty();
        assertThat(agencies.findByCode("example-tjj")).isEmpty();
        assertThat(trail.forTarget("导入.xlsx"))
                .anySatisfy(entry -> assertThat(entry.detail()).isEqualTo("新建机关 2 个、账号 2 个（未分配角色，首次登录须修改密码）"));
        assertThatThrownBy(() -> logins.as("sysadmin", () -> people.importAll("导入.xlsx", file, PASSWORD)))
                .as("the same file again: both codes, both names under their parents and both user names are taken now")
                .hasMessageStartingWith("文件中有 6 处问题");
    }

    @Test
    void a_refusal_after_the_agencies_were_saved_leaves_nothing_behind() {
        String code = "imp-" + System.nanoTime();
        // the initial password contains the second person's user name: refused when the accounts are saved
        String username = "daoru" + (System.nanoTime() % 1000);
        byte[] file = Workbooks.of(
                List.of(List.of(code + "-x", "导入回滚测试局", "政府部门", "", "")),
                List.of(
                        List.of(code + "-p1", "孙一", code + "-x", "", ""),
                        List.of(username, "孙二", code + "-x", "", "")));

        assertThatThrownBy(() -> logins.as("sysadmin", () -> people.importAll("回滚.xlsx", file, username + "@A1b")))
                .isInstanceOf(PasswordRejectedException.class)
                .hasMessageContaining("初始密码：")
                .hasMessageContaining("密码不能包含用户名");

        assertThat(agencies.findByCode(code + "-x")).isEmpty();
        assertThat(users.findByUsername(code + "-p1")).isEmpty();
        assertThat(trail.forTarget("回滚.xlsx")).isEmpty();
    }

    @Test
    void a_file_that_is_not_an_xlsx_workbook_of_the_template_is_refused_whole() {
        byte[] good = Workbooks.of(List.of(), List.of());
        assertRefused("名单.xls", good, "只能导入 Excel 工作簿（.xlsx）文件，「名单.xls」不是。");
        assertRefused("名单.xlsx", "用户名,姓名\n".getBytes(), "文件不是有效的 Excel 工作簿（.xlsx）");
        assertRefused("大.xlsx", new byte[PeopleImport.MAX_BYTES + 1], "文件超过 5 MB");
        assertRefused(
                "缺表.xlsx",
                Workbooks.sheets("机关", List.of(Workbooks.AGENCY_HEADERS), "Sheet2", List.of()),
                "文件中没有工作表「人员」（文件中的工作表：机关、Sheet2）。");
        assertRefused(
                "表头.xlsx",
                Workbooks.sheets("机关", List.of(List.of("代码", "名称")), "人员", List.of(Workbooks.PEOPLE_HEADERS)),
                "工作表「机关」第 1 行须为表头「机关代码、机关名称、机关类型、上级机关代码、首个报告年度」，现为「代码、名称、、、」。");
        assertRefused(
                "公式.xlsx",
                Workbooks.of(List.of(), List.of(List.of("sun", "孙三", "x", "=1+1", ""))),
                "工作表「人员」的单元格 D2 含有公式");
    }

    @Test
    void fifty_thousand_rows_are_refused_without_reading_past_the_limit() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(List.of("user" + i, "人员" + i, "dept", "", ""));
        }
        byte[] file = Workbooks.streamed(List.of(), rows);

        assertRefused("五万行.xlsx", file, "文件的数据行超过 10000 行（读到工作表「人员」第 10002 行时停止）");
    }

    @Test
    void only_the_system_administrator_may_preview_or_import() {
        byte[] template = PeopleTemplate.bytes();
        for (String other :
                List.of("secadmin", "auditadmin", testAgencies.create().handler())) {
            assertThatThrownBy(() -> logins.as(other, () -> people.preview("t.xlsx", template)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> logins.as(other, () -> people.importAll("t.xlsx", template, PASSWORD)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private void assertRefused(String name, byte[] file, String message) {
        assertThatThrownBy(() -> logins.as("sysadmin", () -> people.preview(name, file)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining(message);
    }
}
