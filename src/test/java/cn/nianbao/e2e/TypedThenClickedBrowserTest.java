package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A button clicked at once after typing or pasting acts on everything in the field. The fields that show their
 * length as it is typed ({@code TextLimits}) sync lazily, 400 ms after the last keystroke; Vaadin sends a pending
 * lazy value before any other event of the page (vaadin/flow#14035), and this keeps it so: a quick click must never
 * check an empty 格式校验 or record an opinion cut short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class TypedThenClickedBrowserTest {

    private static final String OPINION = "经审查，不涉及国家秘密，同意公开。";

    /**
     * Text put in a field, the field left and a button clicked in one go, in the order a browser fires them when a
     * person pastes and clicks at once (input, then change as the field loses focus, then click): no pause in which
     * a lazy value could reach the server on its own timer.
     */
    private static final String TYPE_LEAVE_AND_CLICK = "const field = document.querySelector(arguments[0]);"
            + " field.value = arguments[1];"
            + " field.dispatchEvent(new Event('input', {bubbles: true}));"
            + " field.dispatchEvent(new Event('change', {bubbles: true}));"
            + " document.querySelector(arguments[2]).click();";

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Test
    void a_pasted_report_checked_at_once_is_checked_whole_and_an_opinion_typed_then_approved_is_kept_whole()
            throws Exception {
        TestAgency agency = testAgencies.create();
        long reportId = journey.submittedWith(agency, 2025, "2025年，本机关共收到政府信息公开申请5件，均已按时答复。", 5);
        String sample = Files.readString(
                Path.of("src/test/resources/samples/huaian_shi_renmin_zhengfu_2024.txt"), StandardCharsets.UTF_8);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login(agency.secrecy(), TestAgencies.PASSWORD);
                browser.open("/check");
                browser.until(By.id("check-pasted"));
                browser.run(TYPE_LEAVE_AND_CLICK, "#check-text textarea", sample, "#check-pasted");
                assertThat(browser.until(By.id("check-summary")).getText()).startsWith("粘贴的内容：淮安市人民政府 2024年");

                browser.open(
                        "/tasks/" + journey.taskOf(agency.secrecy(), reportId).taskId());
                browser.until(By.id("approve"));
                browser.run(TYPE_LEAVE_AND_CLICK, "#opinion textarea", OPINION, "#approve");
                browser.until(d -> !approvals(agency, reportId).isEmpty());
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("typed-then-clicked");
                throw failure;
            }
        }
        assertThat(approvals(agency, reportId)).singleElement().isEqualTo(OPINION);
    }

    private List<String> approvals(TestAgency agency, long reportId) {
        return logins.as(agency.handler(), () -> reports.history(reportId)).stream()
                .filter(i -> i.action() == HistoryAction.APPROVED)
                .map(ReportHistoryItem::opinion)
                .toList();
    }
}
