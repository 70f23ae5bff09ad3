package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.admin.Workbooks;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.security.Passwords;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Excel import in a real browser over HTTP, as the 系统管理员 does it: the template downloaded and read back,
 * a file with mistakes uploaded (each named, nothing saved), the corrected file uploaded and imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PeopleImportBrowserTest {

    private static final String DEMO_PASSWORD = "Nianbao@2025";

    @LocalServerPort
    int port;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    Passwords passwords;

    /** One agency and two people, 马一 with this phone and 马二 with this user name. */
    private static Path list(Path file, String code, String parent, String phone, String secondUsername)
            throws java.io.IOException {
        return Files.write(
                file,
                Workbooks.of(
                        List.of(List.of(code, "浏览器导入测试局", "政府部门", parent, "")),
                        List.of(
                                List.of(code + "-ma", "马一", code, phone, ""),
                                List.of(secondUsername, "马二", code, "", "ma2@example.gov.cn"))));
    }

    @Test
    void a_file_with_mistakes_is_shown_row_by_row_then_the_corrected_file_is_imported() throws Exception {
        String code = "e2e-" + System.nanoTime();
        Path dir = Files.createTempDirectory("people-import");
        // the mistakes: a parent nobody has, a phone of 10 digits, the first user name twice
        Path wrong = list(dir.resolve("名单.xlsx"), code, "no-such-parent", "1380013800", code + "-ma");
        Path fixed = list(dir.resolve("名单（改正）.xlsx"), code, "", "13800138000", code + "-ma2");

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login("sysadmin", DEMO_PASSWORD);
                browser.open("/admin/users");
                browser.click(By.id("people-import-link"));
                browser.until(d -> d.getCurrentUrl().endsWith("/admin/users/import"));

                String href = browser.until(By.id("people-template")).getDomProperty("href");
                String base64 = (String) browser.runAsync("const done = arguments[arguments.length - 1];"
                        + " fetch('" + href + "').then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + " done(btoa(s)); }, e => done('failed: ' + e));");
                assertThat(base64).doesNotStartWith("failed");
                try (XSSFWorkbook template = new XSSFWorkbook(
                        new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
                    assertThat(template.getSheetName(0)).isEqualTo("机关");
                    assertThat(template.getSheetName(1)).isEqualTo("人员");
                }

                browser.upload("people-upload", wrong);
                browser.until(d -> browser.pageText().contains("发现 3 处问题"));
                assertThat(browser.pageText())
                        .contains("名单.xlsx：发现 3 处问题，改正后重新上传；在此之前不会保存任何数据。")
                        .contains("上级机关代码「no-such-parent」既不是系统中已有的机关")
                        .contains("手机或电话「1380013800」格式不正确")
                        .contains("用户名「" + code + "-ma」与第 2 行重复。");
                assertThat(browser.all(By.id("import-confirm")))
                        .allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
                assertThat(agencies.findByCode(code)).isEmpty();

                browser.upload("people-upload", fixed);
                browser.until(d -> browser.pageText().contains("没有发现问题"));
                assertThat(browser.pageText()).contains("将新建机关 1 个、账号 2 个");
                browser.fill("import-password", "Liulan@2026pw");
                browser.click(By.id("import-confirm"));
                browser.until(d -> browser.pageText().contains("已导入「名单（改正）.xlsx」"));
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("people-import");
                throw failure;
            }
        }

        assertThat(agencies.findByCode(code)).isPresent();
        assertThat(users.findByUsername(code + "-ma2")).hasValueSatisfying(user -> {
            assertThat(user.getRoles()).isEmpty();
            assertThat(user.getEmail()).isEqualTo("ma2@example.gov.cn");
            assertThat(passwords.mustChange(user.getId())).isTrue();
        });
    }
}
