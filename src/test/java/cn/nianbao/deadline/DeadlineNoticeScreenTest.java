package cn.nianbao.deadline;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.ui.TaskView;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deadline reminder lands in the history after a return: the drafter still sees the return opinion on top. */
class DeadlineNoticeScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportHistory reports;

    @Autowired
    DeadlineScan watch;

    @Autowired
    Logins asUser;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_return_opinion_stays_above_the_editor_after_a_deadline_reminder() {
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 28, 9, 0));
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        asUser.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), "第五部分请补充整改措施。"));
        watch.check();
        assertThat(reports.of(reportId).getLast().action()).isEqualTo(HistoryAction.DEADLINE_REMINDED);

        login(agency.handler());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        new RouteParameters(
                                "taskId",
                                journey.taskOf(agency.handler(), reportId).taskId()));

        assertThat(_get(Div.class, spec -> spec.withId("return-opinion"))
                        .getElement()
                        .getTextRecursively())
                .contains("第五部分请补充整改措施。");
    }
}
