package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
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
 * A leader on a phone (issue 15): 390 × 844, touch, in headless Chromium's mobile emulation. The 分管领导 opens the
 * task from 待办, reads the report (the page never scrolls sideways, the tables scroll in their box, text at 16 px),
 * sees the 意见栏, takes a 常用意见 and passes it on; the 主要领导 signs it off through the confirmation, which fits the
 * screen. The drafting editor on the phone says it is for a computer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class LeaderOnPhoneBrowserTest {

    private static final String NO_PAGE_OVERFLOW =
            "return document.documentElement.scrollWidth <= window.innerWidth + 1";

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Test
    void a_leader_reads_and_decides_on_a_phone_and_the_draft_says_it_needs_a_computer() throws Exception {
        TestAgency agency = testAgencies.create();
        long reportId =
                journey.submittedWith(agency, 2025, "2025年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，共收到政府信息公开申请5件，均已按时答复。", 5);
        logins.as(
                agency.secrecy(),
                () -> workflow.approve(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), "经审查，不涉及国家秘密，同意公开。"));
        journey.start(agency, 2024);
        String password = TestAgencies.PASSWORD;

        try (Browser phone = Browser.phone("http://localhost:" + port)) {
            try {
                phone.login(agency.supervisor(), password);
                assertThat(phone.run("return window.innerWidth"))
                        .as("the page is laid out for the phone")
                        .isEqualTo(390L);
                phone.until(By.cssSelector("vaadin-button.open-task"));
                assertThat(phone.run(NO_PAGE_OVERFLOW)).as("待办 fits the width").isEqualTo(true);
                // the way into the task is on screen, not behind a sideways scroll
                assertThat(phone.run("const r = document.querySelector('vaadin-button.open-task')"
                                + ".getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth"
                                + " && r.height >= 44"))
                        .isEqualTo(true);
                phone.screenshot("phone-1-inbox");
                phone.click(By.cssSelector("vaadin-button.open-task"));
                phone.until(By.cssSelector("table.t3"));
                readsWithoutZooming(phone);
                assertThat(phone.until(By.id("opinion-secrecy-review")).getText())
                        .contains("经审查，不涉及国家秘密，同意公开。");
                phone.screenshot("phone-2-report");
                phone.run("document.querySelector('table.t3').scrollIntoView({block: 'start'})");
                phone.screenshot("phone-2-table3");

                phone.click(By.xpath("//vaadin-button[contains(@class,'stock-opinion') and text()='同意，请主要领导签发。']"));
                phone.until(d -> "同意，请主要领导签发。".equals(phone.valueOf("opinion")));
                assertThat(phone.run("return document.getElementById('approve').getBoundingClientRect().height"
                                + " >= 44 && document.getElementById('return').getBoundingClientRect().height >= 44"))
                        .as("通过 and 退回 are tall enough to tap")
                        .isEqualTo(true);
                phone.run("document.getElementById('approve').scrollIntoView({block: 'center'})");
                phone.screenshot("phone-3-decision");
                phone.click(By.id("approve"));
                phone.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                assertThat(logins.as(agency.lead(), () -> reports.view(reportId).stage()))
                        .isEqualTo(ReportStage.LEAD_SIGNOFF);
                logoutAfterTheMessage(phone);

                phone.login(agency.lead(), password);
                phone.click(By.cssSelector("vaadin-button.open-task"));
                phone.until(By.cssSelector("table.t3"));
                readsWithoutZooming(phone);
                assertThat(phone.until(By.id("opinion-supervisor-review")).getText())
                        .contains("同意，请主要领导签发。");
                phone.click(By.xpath("//vaadin-button[contains(@class,'stock-opinion') and text()='同意。']"));
                phone.until(d -> "同意。".equals(phone.valueOf("opinion")));
                phone.click(By.id("approve"));
                phone.until(By.cssSelector("vaadin-button[slot='confirm-button']"));
                // the dialog opens with an animation: measured once it has settled
                phone.until(d -> Boolean.TRUE.equals(
                        phone.run("const r = document.querySelector('vaadin-button[slot=\"confirm-button\"]')"
                                + ".getBoundingClientRect(); return r.height >= 44 && r.right <= window.innerWidth")));
                assertThat(phone.run("const r = document.querySelector('vaadin-button[slot=\"confirm-button\"]')"
                                + ".getBoundingClientRect(); return r.height >= 44 && r.right <= window.innerWidth"))
                        .as("the confirmation's 签发 button")
                        .isEqualTo(true);
                assertThat(
                                phone.run(
                                        "const o = document.querySelector('vaadin-confirm-dialog-overlay, vaadin-confirm-dialog');"
                                                + " const r = (o.shadowRoot.querySelector('[part=overlay]') || o).getBoundingClientRect();"
                                                + " return r.left >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight"))
                        .as("the confirmation fits the screen")
                        .isEqualTo(true);
                phone.screenshot("phone-4-sign-off");
                phone.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
                phone.until(d -> !d.getCurrentUrl().contains("/tasks/"));
                journey.awaitPublished(reportId);
                // the report's own page (process diagram, report, 意见栏, history) reads on the phone too
                phone.open("/reports/" + reportId);
                phone.until(By.id("history"));
                phone.until(By.cssSelector("table.t3"));
                readsWithoutZooming(phone);
                phone.screenshot("phone-6-report-page");
                logoutAfterTheMessage(phone);

                phone.login(agency.handler(), password);
                phone.click(By.cssSelector("vaadin-button.open-task"));
                assertThat(phone.until(By.id("desktop-only-notice")).getText()).isEqualTo("起草和填表请使用电脑，手机上只能查看。");
                assertThat(phone.run(NO_PAGE_OVERFLOW))
                        .as("the editor's page fits the width")
                        .isEqualTo(true);
                phone.screenshot("phone-5-draft");
                assertThat(phone.cspViolations()).as("the console").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("leader-on-phone");
                throw e;
            }
        }
    }

    /** On a phone the message after a decision lies over the header for a few seconds; then the person logs out. */
    private static void logoutAfterTheMessage(Browser phone) {
        phone.until(d -> phone.all(By.tagName("vaadin-notification-card")).isEmpty());
        phone.logout();
    }

    /** The report on the phone: the page fits the width, table 3 scrolls in its box, text and figures 16 px or more. */
    private static void readsWithoutZooming(Browser phone) {
        assertThat(phone.run(NO_PAGE_OVERFLOW))
                .as("the page does not scroll sideways")
                .isEqualTo(true);
        assertThat(phone.run("const box = document.querySelector('table.t3').closest('.table-scroll');"
                        + " return box.scrollWidth > box.clientWidth && box.clientWidth <= window.innerWidth"))
                .as("table 3 scrolls inside its box")
                .isEqualTo(true);
        assertThat((Number) phone.run("return parseFloat(getComputedStyle("
                        + "document.querySelector('.report-document p')).fontSize)"))
                .satisfies(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(16.0));
        assertThat((Number) phone.run(
                        "return parseFloat(getComputedStyle(document.querySelector('table.t3 td')).fontSize)"))
                .satisfies(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(16.0));
    }
}
