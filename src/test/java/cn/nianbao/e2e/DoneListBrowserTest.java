package cn.nianbao.e2e;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 已办 in a real browser after each kind of step a person can take: the handler's 提交 and 撤回, the reviewer's 认领,
 * 抄送, 转办, 委派 (shown as 委派中 until it comes back) and a 退回 clicked on the task screen; the colleague's 委派办毕
 * clicked too, after which the delegator's line says where the report is instead of 委派中.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class DoneListBrowserTest {

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
    void each_kind_of_step_is_listed_where_the_person_finds_what_they_did() throws Exception {
        TestAgency agency = testAgencies.create();
        String colleague = testAgencies.addPerson(agency, "secrecy2", "保密二", Role.SECRECY_REVIEWER);
        String password = TestAgencies.PASSWORD;

        // 2025: submitted, withdrawn, submitted again; then claimed and delegated
        long delegated = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        logins.as(agency.handler(), () -> workflow.withdraw(delegated));
        journey.submit(agency, delegated);
        journey.claimAndDelegate(agency.secrecy(), delegated, colleague, "请先看表三。");
        // 2024: claimed, copied to the lead, transferred to the colleague
        long transferred = journey.drafted(agency, 2024, texts("总体情况。"), CONSISTENT_FIGURES);
        logins.as(agency.secrecy(), () -> {
            String task = journey.taskOf(agency.secrecy(), transferred).taskId();
            workflow.claim(task);
            workflow.copy(task, agency.lead(), "供参阅");
            workflow.transfer(task, colleague, "请代为审查");
        });
        // 2023: returned by the reviewer on the task screen
        long returned = journey.drafted(agency, 2023, texts("总体情况。"), CONSISTENT_FIGURES);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login(agency.secrecy(), password);
                browser.open(
                        "/tasks/" + journey.taskOf(agency.secrecy(), returned).taskId());
                browser.fill("opinion", "表三第二行请核对。");
                browser.click(By.id("return"));
                browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
                browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));

                browser.open("/done");
                browser.until(d -> browser.pageText().contains("退回修改"));
                assertThat(browser.pageText())
                        .contains("委派中（保密审查）")
                        .contains("委派")
                        .contains("转办")
                        .contains("抄送")
                        .contains("认领")
                        .contains(agency.name() + " 2023 年度")
                        .contains(agency.name() + " 2024 年度")
                        .contains(agency.name() + " 2025 年度");
                browser.screenshot("done-reviewer");
                browser.logout();

                browser.login(agency.handler(), password);
                browser.open("/done");
                browser.until(d -> browser.pageText().contains("撤回"));
                assertThat(browser.pageText()).contains("提交");
                browser.logout();

                // the colleague finishes the delegated review on its task screen: 委派办毕
                browser.login(colleague, password);
                browser.open("/tasks/" + journey.taskOf(colleague, delegated).taskId());
                browser.fill("opinion", "表三无误。");
                browser.click(By.id("resolve"));
                browser.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                browser.open("/done");
                browser.until(d -> browser.pageText().contains("委派办毕"));
                browser.logout();

                browser.login(agency.secrecy(), password);
                browser.open("/done");
                browser.until(d -> browser.pageText().contains("退回修改"));
                assertThat(browser.pageText()).doesNotContain("委派中");
                browser.logout();
                assertThat(browser.cspViolations()).as("the console").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("done-list");
                throw e;
            }
        }
    }
}
