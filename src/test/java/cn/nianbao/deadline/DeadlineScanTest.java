package cn.nianbao.deadline;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.Deliveries;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The deadline timer fired on a controlled clock: a department's report on 2025 is due Saturday 31 January 2026;
 * with the default of 3 working days the holder is reminded on Tuesday 27 January, and once the date has passed
 * the supervisor and the coordinator above are alerted. Each notice once, in the history and as an event.
 */
@NianbaoTest
@RecordApplicationEvents
class DeadlineScanTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    @Autowired
    Deliveries deliveries;

    @Autowired
    DeadlineScan watch;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportHistory reports;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    NotificationService notifications;

    @Autowired
    Logins logins;

    private TestAgency agency;
    private String coordinator;

    @BeforeEach
    void departmentBelowAGovernment() {
        TestCounty county = testAgencies.createCounty();
        agency = testAgencies.createBelow(county.id());
        coordinator = county.coordinator();
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 26, 10, 0));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_holder_is_reminded_once_within_three_working_days_and_the_chain_above_is_alerted_once_overdue() {
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);

        watch.check();
        assertThat(actions(reportId)).doesNotContain(HistoryAction.DEADLINE_REMINDED);
        assertThat(reminders(reportId)).isEmpty();

        clock.advance(Duration.ofDays(1));
        watch.check();
        watch.check();

        assertThat(reminders(reportId)).singleElement().satisfies(reminder -> {
            assertThat(reminder.dueDate()).isEqualTo(DUE);
            assertThat(reminder.workingDaysLeft()).isEqualTo(3);
            assertThat(reminder.step()).isEqualTo(ReportStage.SECRECY_REVIEW);
            assertThat(reminder.holders()).containsExactly(agency.secrecy());
        });
        ReportHistoryItem reminded = history(reportId).getLast();
        assertThat(reminded.action()).isEqualTo(HistoryAction.DEADLINE_REMINDED);
        assertThat(reminded.opinion()).contains("2026年1月31日", "剩余 3 个工作日", "保密");
        assertThat(misses(reportId)).isEmpty();

        ClockAt.set(clock, LocalDateTime.of(2026, 2, 1, 8, 0));
        watch.check();
        watch.check();

        assertThat(misses(reportId)).singleElement().satisfies(missed -> {
            assertThat(missed.daysOverdue()).isEqualTo(1);
            assertThat(missed.holders()).containsExactly(agency.secrecy());
            assertThat(missed.escalatedTo()).containsExactly(agency.supervisor(), coordinator);
        });
        assertThat(actions(reportId))
                .containsOnlyOnce(HistoryAction.DEADLINE_REMINDED, HistoryAction.DEADLINE_ESCALATED);
        assertThat(history(reportId).getLast().opinion()).contains("已逾期 0 个工作日（1 天）", "分管", "协调");
    }

    @Test
    void a_draft_within_the_reminder_period_reminds_its_drafter() {
        long draft = journey.start(agency, 2025);
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 29, 10, 0));

        watch.check();

        assertThat(reminders(draft))
                .singleElement()
                .satisfies(r -> assertThat(r.holders()).containsExactly(agency.handler()));
        assertThat(events.stream(DeadlineApproaching.class).filter(r -> r.agencyId() == agency.id()))
                .hasSize(1);
    }

    @Test
    void the_reminder_and_the_escalation_reach_each_person_as_a_message() {
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 27, 10, 0));
        watch.check();
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 1, 8, 0));
        watch.check();

        assertThat(kindsFor(agency.secrecy(), reportId))
                .containsExactlyInAnyOrder(NotificationKind.DEADLINE_NEAR, NotificationKind.OVERDUE);
        assertThat(kindsFor(agency.supervisor(), reportId)).containsExactly(NotificationKind.OVERDUE);
        assertThat(kindsFor(coordinator, reportId)).containsExactly(NotificationKind.OVERDUE);
        assertThat(kindsFor(agency.lead(), reportId)).isEmpty();
        assertThat(logins.as(agency.supervisor(), () -> notifications.mine()).stream()
                        .filter(n -> n.kind() == NotificationKind.OVERDUE)
                        .map(NotificationItem::text))
                .as("in working days as everywhere, the calendar days labelled: due Saturday, told on Sunday")
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("已逾期 0 个工作日（1 天）未发布（截止 2026年1月31日）");
    }

    private List<NotificationKind> kindsFor(String username, long reportId) {
        deliveries.awaitAll();
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> ("reports/" + reportId).equals(n.link()))
                .map(NotificationItem::kind)
                .filter(kind -> kind == NotificationKind.DEADLINE_NEAR || kind == NotificationKind.OVERDUE)
                .toList();
    }

    private List<DeadlineApproaching> reminders(long reportId) {
        return events.stream(DeadlineApproaching.class)
                .filter(e -> e.reportId() == reportId)
                .toList();
    }

    private List<DeadlineMissed> misses(long reportId) {
        return events.stream(DeadlineMissed.class)
                .filter(e -> e.reportId() == reportId)
                .toList();
    }

    private List<ReportHistoryItem> history(long reportId) {
        return reports.of(reportId);
    }

    private List<HistoryAction> actions(long reportId) {
        return history(reportId).stream().map(ReportHistoryItem::action).toList();
    }
}
