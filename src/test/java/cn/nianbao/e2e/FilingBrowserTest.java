package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 先备案后公布 in a real browser (issue 15): the county's coordinator switches it on; a department's lead signs off
 * and the report waits for 备案; the coordinator opens it from 辖区进度, 备案s it and it is published. Switched off
 * again, the next report signed off is published straight away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class FilingBrowserTest {

    private static final String TEXT = "2025年，本局收到政府信息公开申请5件。";

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void a_signed_off_report_is_published_after_the_county_files_it_and_straight_away_once_filing_is_off()
            throws Exception {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        TestAgency later = testAgencies.createBelow(county.id());
        String password = TestAgencies.PASSWORD;

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login(county.coordinator(), password);
                browser.fill("area-year", "2025");
                browser.until(
                        d -> browser.until(By.id("filing-required")).getText().contains("2025 年度报告"));
                browser.until(
                        d -> browser.until(By.id("filing-since")).getText().equals("未开启：签发后直接发布。"));
                browser.click(By.id("filing-required"));
                browser.until(
                        d -> browser.until(By.id("filing-since")).getText().endsWith("开启。"));
                browser.screenshot("filing-1-switched-on");
                browser.logout();

                long reportId = reviewedUpToTheLead(department);
                browser.login(department.lead(), password);
                browser.click(By.cssSelector("vaadin-button.open-task"));
                browser.click(By.id("approve"));
                browser.until(By.cssSelector("vaadin-button[slot='confirm-button']"));
                assertThat(browser.pageText()).contains("经主管部门备案后发布");
                browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
                browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                browser.logout();
                assertThat(journey.publicationOf(reportId)).isNull();

                browser.login(county.coordinator(), password);
                browser.fill("area-year", "2025");
                browser.until(
                        d -> browser.until(By.id("filing-required")).getText().contains("2025 年度报告"));
                browser.until(d ->
                        browser.until(By.id("filing-waiting-title")).getText().equals("待备案（1）"));
                browser.screenshot("filing-2-waiting");
                browser.click(By.linkText("办理备案"));
                browser.until(By.id("filing-sign-off-form"));
                browser.until(d -> browser.pageText().contains("主管部门备案"));
                browser.until(By.cssSelector("table.t3"));
                browser.screenshot("filing-3-task");
                browser.fill("opinion", "已备案。");
                browser.click(By.id("approve"));
                browser.until(By.cssSelector("vaadin-button[slot='confirm-button']"));
                assertThat(browser.pageText()).contains("备案后系统将自动发布，不能撤回。");
                browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
                browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                long publicationId = journey.awaitPublished(reportId).publicationId();

                browser.open("/reports/" + reportId);
                browser.until(d -> browser.pageText().contains("主管部门备案意见")
                        && browser.pageText().contains("已备案。"));
                browser.screenshot("filing-4-opinions");

                browser.open("/area");
                browser.fill("area-year", "2025");
                browser.until(
                        d -> browser.until(By.id("filing-required")).getText().contains("2025 年度报告"));
                browser.until(
                        d -> browser.until(By.id("filing-since")).getText().endsWith("开启。"));
                browser.click(By.id("filing-required"));
                browser.until(
                        d -> browser.until(By.id("filing-since")).getText().equals("未开启：签发后直接发布。"));
                browser.logout();
                long straight = reviewedUpToTheLead(later);
                logins.as(
                        later.lead(),
                        () -> workflow.approve(
                                journey.taskOf(later.lead(), straight).taskId(), null));
                journey.awaitPublished(straight);

                browser.open("/public/reports/" + publicationId);
                browser.until(d -> browser.pageText().contains(TEXT));
                assertThat(browser.cspViolations()).as("the console").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("filing-failed");
                throw e;
            }
        }
    }

    private long reviewedUpToTheLead(TestAgency agency) {
        long reportId = journey.submittedWith(agency, 2025, TEXT, 5);
        for (String reviewer : List.of(agency.secrecy(), agency.supervisor())) {
            logins.as(
                    reviewer,
                    () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), null));
        }
        return reportId;
    }
}
