package cn.nianbao.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.Deliveries;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A part of a draft handed to a colleague (分工起草) is a task of the 起草 step like the draft itself: its owner is
 * reminded before the due date (31 January 2026 for a department's report on 2025) and named when it is escalated.
 */
@NianbaoTest
@RecordApplicationEvents
class PartDeadlineTest {

    @Autowired
    DeadlineScan watch;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    NotificationService notifications;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Logins logins;

    private TestAgency agency;
    private String coordinator;
    private String colleague;
    private long reportId;

    @BeforeEach
    void aDraftWithTable3HandedToAColleague() {
        TestCounty county = testAgencies.createCounty();
        agency = testAgencies.createBelow(county.id());
        coordinator = county.coordinator();
        colleague = testAgencies.addPerson(agency, "liufang", "刘芳", Role.HANDLER);
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 20, 10, 0));
        reportId = journey.start(agency, 2025);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.T3, colleague));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_owner_of_an_open_part_is_reminded_with_the_drafter_and_named_in_the_escalation() {
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 29, 10, 0));
        watch.check();

        assertThat(events.stream(DeadlineApproaching.class).filter(e -> e.reportId() == reportId))
                .singleElement()
                .satisfies(reminder -> {
                    assertThat(reminder.step()).isEqualTo(ReportStage.DRAFTING);
                    assertThat(reminder.holders()).containsExactly(agency.handler(), colleague);
                });

        ClockAt.set(clock, LocalDateTime.of(2026, 2, 1, 8, 0));
        watch.check();

        assertThat(events.stream(DeadlineMissed.class).filter(e -> e.reportId() == reportId))
                .singleElement()
                .satisfies(missed -> {
                    assertThat(missed.holders()).containsExactly(agency.handler(), colleague);
                    assertThat(missed.escalatedTo()).containsExactly(agency.supervisor(), coordinator);
                });
        assertThat(kindsFor(colleague))
                .containsExactlyInAnyOrder(NotificationKind.DEADLINE_NEAR, NotificationKind.OVERDUE);
        assertThat(kindsFor(agency.handler()))
                .containsExactlyInAnyOrder(NotificationKind.DEADLINE_NEAR, NotificationKind.OVERDUE);
    }

    @Test
    void a_finished_part_no_longer_makes_its_owner_a_holder() {
        String partTask = journey.taskOf(colleague, reportId).taskId();
        logins.as(colleague, () -> workflow.finishPart(partTask));
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 29, 10, 0));

        watch.check();

        assertThat(events.stream(DeadlineApproaching.class).filter(e -> e.reportId() == reportId))
                .singleElement()
                .satisfies(reminder -> assertThat(reminder.holders()).containsExactly(agency.handler()));
        assertThat(kindsFor(colleague)).isEmpty();
    }

    private List<NotificationKind> kindsFor(String username) {
        deliveries.awaitAll();
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> ("reports/" + reportId).equals(n.link()))
                .map(NotificationItem::kind)
                .filter(kind -> kind == NotificationKind.DEADLINE_NEAR || kind == NotificationKind.OVERDUE)
                .toList();
    }
}
