package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One report from draft to the public portal in a real browser, each role logging in in turn over real HTTP,
 * then an anonymous visitor finding the report's figures on the portal. On the way the handler pastes, through the
 * browser's real clipboard, a section too long to save and rows of figures copied from a spreadsheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class ReportJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Test
    void a_report_goes_from_draft_to_the_public_portal_through_every_role() throws Exception {
        TestAgency agency = testAgencies.create();
        String base = "http://localhost:" + port;
        String password = TestAgencies.PASSWORD;

        try (Browser browser = new Browser(base)) {
            try {
                browser.login(agency.handler(), password);
                // an address that leads nowhere says so inside the usual frame, with the menu and the header
                browser.open("/no-such-screen");
                browser.until(By.id("not-found-page"));
                assertThat(browser.pageText()).contains("没有这个页面").contains("本机关报告");
                assertThat(browser.all(By.id("logout"))).isNotEmpty();
                browser.open("/reports");
                browser.fill("new-report-year", "2025");
                browser.click(By.id("create-report"));
                browser.until(d -> d.getCurrentUrl().contains("/tasks/"));
                // the phone's notice that drafting needs a computer stays out of a computer's way
                assertThat(browser.until(By.id("section-S1")).isDisplayed()).isTrue();
                assertThat(browser.all(By.id("desktop-only-notice")).getFirst().isDisplayed())
                        .isFalse();

                // a section pasted over the limit stays whole and says so at once (a maxlength cut it without a word)
                String tooLong = "年".repeat(ReportService.MAX_SECTION_LENGTH + 11_234);
                browser.paste("section-S1", tooLong);
                browser.until(d -> browser.all(By.cssSelector("#section-S1[invalid] [slot='error-message']")).stream()
                        .anyMatch(m -> m.getText().equals("已超过 50,000 字（当前 61,234 字），无法保存；请删减后再保存")));
                assertThat(browser.valueOf("section-S1")).isEqualTo(tooLong);
                browser.click(By.id("save"));
                browser.until(d -> browser.pageText().contains("「一、总体情况」已超过 50,000 字"));
                browser.fill("section-S1", "2025年，本机关共收到政府信息公开申请5件，均已按时答复。");
                browser.until(
                        d -> browser.all(By.cssSelector("#section-S1[invalid]")).isEmpty());
                browser.fill("section-S6", "本年度未收取信息处理费。");
                browser.fill("cell-t2-normative-issued", "3");
                // rows pasted from a spreadsheet fill the cells (Chromium's <input> alone would hold 「4⇥0 0⇥0」); a row
                // wider than the cells left changes nothing and the cell says why
                browser.paste("cell-t3-new-le-business", "1\t2\t3\t4\t5\t6\t7\t8");
                browser.until(d -> browser.pageText().contains("粘贴了 8 个数值，但本行从此格起只有 6 格"));
                assertThat(browser.valueOf("cell-t3-new-le-business")).isEqualTo("0");
                browser.paste("cell-t3-new-np", "5\t0\t0\t0\t0\t0\t5\r\n");
                browser.until(d -> "5".equals(browser.valueOf("cell-t3-new-total")));
                browser.paste("cell-t3-r-open-np", "4\t0\r\n0\t0\r\n");
                browser.until(d -> "4".equals(browser.valueOf("cell-t3-r-open-total")));
                assertThat(browser.valueOf("cell-t3-r-open-np")).isEqualTo("4");
                assertThat(browser.valueOf("cell-t3-r-partial-np")).isEqualTo("0");
                browser.until(d -> !browser.all(By.cssSelector("#findings li[data-rule='T3-ID']"))
                        .isEmpty());
                // typed without leaving the cell: the total follows once the typing pauses
                browser.typeWithoutLeaving("cell-t3-carry_out-np", "1");
                browser.until(d -> "1".equals(browser.valueOf("cell-t3-carry_out-total")));
                browser.until(d -> "5".equals(browser.valueOf("cell-t3-new-total")));
                browser.until(d -> browser.all(By.cssSelector("#findings li")).isEmpty());
                browser.click(By.id("save"));
                browser.until(d -> browser.pageText().contains("已保存"));
                browser.screenshot("1-editor");
                browser.click(By.id("submit"));
                browser.until(d -> browser.all(By.id("submit")).isEmpty()
                        && !d.getCurrentUrl().contains("/tasks/"));
                browser.logout();

                for (String reviewer : new String[] {agency.secrecy(), agency.supervisor(), agency.lead()}) {
                    browser.login(reviewer, password);
                    browser.click(By.cssSelector("vaadin-button.open-task"));
                    browser.until(By.cssSelector("table.t3"));
                    assertThat(browser.pageText()).contains("2025年，本机关共收到政府信息公开申请5件");
                    browser.screenshot("2-review-" + reviewer);
                    browser.fill("opinion", "同意");
                    browser.click(By.id("approve"));
                    if (reviewer.equals(agency.lead())) {
                        // 签发 asks first: it publishes and cannot be taken back
                        browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
                    }
                    browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                    browser.logout();
                }
                // 已办: the reviewer finds the step they took, with their opinion, and where the report went on to
                browser.login(agency.secrecy(), password);
                browser.open("/done");
                browser.until(d -> browser.pageText().contains("通过"));
                assertThat(browser.pageText())
                        .contains(agency.name() + " 2025 年度")
                        .contains("保密审查");
                browser.screenshot("4-done");
                // the report's page links the two forms (downloaded over HTTP in ApprovalFormsOverHttpTest)
                browser.click(By.cssSelector("#done-acted a"));
                assertThat(browser.until(By.id("form-sign-off")).getAttribute("href"))
                        .matches("http://localhost:" + port + "/forms/reports/\\d+/sign-off\\.pdf");
                assertThat(browser.until(By.id("form-secrecy-review")).getText())
                        .isEqualTo("打印政府信息公开保密审查审批表");
                browser.logout();
                assertThat(browser.cspViolations()).as("the console").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("journey-staff");
                throw e;
            }
        }

        try (Browser visitor = new Browser(base)) {
            String title = agency.name() + "2025年政府信息公开工作年度报告";
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            visitor.open("/public");
            while (!visitor.pageText().contains(title) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                visitor.open("/public");
            }
            visitor.click(By.linkText(title));
            WebElement newApplications = visitor.until(By.cssSelector("td[data-cell='t3.new.np']"));
            assertThat(newApplications.getText()).isEqualTo("5");
            assertThat(visitor.until(By.cssSelector("td[data-cell='t3.carry_out.np']"))
                            .getText())
                    .isEqualTo("1");
            assertThat(visitor.until(By.cssSelector("td[data-cell='t2.normative.issued']"))
                            .getText())
                    .isEqualTo("3");
            assertThat(visitor.pageText()).contains("本年度未收取信息处理费。").contains("三、本年度办理结果");
            assertThat(visitor.url()).doesNotContain("/login");
            visitor.screenshot("3-public-report");
            assertThat(visitor.cspViolations()).as("the console").isEmpty();
        }
    }
}
