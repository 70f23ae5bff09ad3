package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.format.Section;
import cn.nianbao.support.IdNumbers;
import cn.nianbao.workflow.ReportJourney;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 保密审查 in a real browser (issue 16): a draft with a 居民身份证号 and 「内部资料」 is submitted, the reviewer's 通过
 * is refused until both findings are marked, then goes through, and the marks are in the report's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SecrecyReviewMarksBrowserTest {

    private static final String ID = IdNumbers.withCheckDigit("41010519900101123");
    private static final String MASKED = "4101**********" + ID.substring(14);

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void approval_waits_until_the_id_number_and_the_internal_marking_are_both_marked() throws Exception {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(
                agency,
                reportId,
                Map.of(
                        Section.S1, "2025年，本机关共收到政府信息公开申请5件。",
                        Section.S2, "经核实，其身份证号为" + ID + "。本机关编印内部资料汇编一册。",
                        Section.S6, "本年度收取信息处理费0元。"),
                ReportJourney.CONSISTENT_FIGURES);
        String password = TestAgencies.PASSWORD;

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                // the drafter sees the same findings as warnings, explains and submits
                browser.login(agency.handler(), password);
                browser.click(By.cssSelector("vaadin-button.open-task"));
                browser.until(By.cssSelector("#findings li[data-rule='PRIVACY']"));
                browser.until(By.cssSelector("#findings li[data-rule='SECRET-MARK']"));
                browser.fill("warning-note", "请保密审查员核实");
                browser.click(By.id("submit"));
                browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                browser.logout();

                browser.login(agency.secrecy(), password);
                browser.click(By.cssSelector("vaadin-button.open-task"));
                browser.until(By.id("review-findings"));
                assertThat(browser.until(By.id("marks-counter")).getText()).isEqualTo("已标记 0/2");
                assertThat(browser.until(By.id("review-findings")).getText())
                        .contains("个人信息", "“" + MASKED + "”", "涉密或内部标识", "“内部资料”")
                        .doesNotContain(ID);
                // a click on a finding shows its passage in the text
                browser.click(By.cssSelector("#review-findings .passage"));
                browser.until(By.cssSelector("#passage-0.current"));
                assertThat(browser.until(By.id("passage-0")).getText()).isEqualTo(ID);
                browser.screenshot("secrecy-1-findings");

                browser.fill("opinion", "同意公开");
                browser.click(By.id("approve"));
                browser.until(d -> browser.pageText().contains("还有 2 条审查提示未标记"));
                assertThat(browser.url()).contains("/tasks/");

                browser.fill("mark-note-0", "系虚构的示例号码");
                browser.click(By.id("verify-0"));
                browser.until(
                        d -> browser.until(By.id("marks-counter")).getText().equals("已标记 1/2"));
                browser.click(By.id("approve"));
                browser.until(d -> browser.pageText().contains("还有 1 条审查提示未标记：涉密或内部标识“内部资料”"));

                browser.click(By.id("verify-1"));
                browser.until(
                        d -> browser.until(By.id("marks-counter")).getText().equals("已标记 2/2"));
                browser.until(d -> browser.until(By.id("history")).getText().contains("已核实：涉密或内部标识“内部资料”"));
                browser.screenshot("secrecy-2-marked");
                assertThat(browser.valueOf("opinion")).isEqualTo("同意公开");
                browser.click(By.id("approve"));
                browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));

                browser.open("/reports/" + reportId);
                String history = browser.until(By.id("history")).getText();
                assertThat(history)
                        .contains("标记审查提示")
                        .contains("已核实：个人信息“" + MASKED + "”（二、主动公开政府信息情况）")
                        .contains("意见：系虚构的示例号码")
                        .contains("已核实：涉密或内部标识“内部资料”（二、主动公开政府信息情况）")
                        .doesNotContain(ID);
                browser.screenshot("secrecy-3-history");
                assertThat(browser.cspViolations()).as("the console").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("secrecy-review-marks");
                throw e;
            }
        }
    }
}
