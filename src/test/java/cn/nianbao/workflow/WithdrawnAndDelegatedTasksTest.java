package cn.nianbao.workflow;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 撤回 takes the reviewers' 新待办 back with the step; a delegated task arrives when it was delegated. */
@NianbaoTest
class WithdrawnAndDelegatedTasksTest {

    @Autowired
    Deliveries deliveries;

    @Autowired
    ReportJourney journey;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    NotificationService notifications;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void after_a_withdrawal_and_the_resubmission_each_reviewer_has_one_current_new_task_message() {
        TestAgency agency = testAgencies.create();
        String secondReviewer = testAgencies.addPerson(agency, "secrecy2", "保密二", Role.SECRECY_REVIEWER);
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        assertThat(messages(agency.secrecy(), reportId))
                .extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.NEW_TASK);

        logins.as(agency.handler(), () -> workflow.withdraw(reportId));
        deliveries.awaitAll();
        assertThat(messages(agency.secrecy(), reportId)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.WITHDRAWN);
            assertThat(n.read()).isTrue();
        });
        assertThat(logins.as(secondReviewer, () -> notifications.unreadCount())).isZero();

        journey.submit(agency, reportId);

        for (String reviewer : List.of(agency.secrecy(), secondReviewer)) {
            assertThat(messages(reviewer, reportId))
                    .filteredOn(n -> n.kind() == NotificationKind.NEW_TASK)
                    .as(reviewer)
                    .singleElement()
                    .satisfies(n -> assertThat(n.read()).isFalse());
            assertThat(logins.as(reviewer, () -> notifications.unreadCount())).isEqualTo(1);
        }
    }

    @Test
    void a_delegated_task_shows_in_the_delegates_inbox_the_time_it_was_delegated() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        Instant offered = journey.taskOf(agency.secrecy(), reportId).arrivedAt();
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();
        clock.advance(Duration.ofHours(3));

        logins.as(agency.secrecy(), () -> workflow.delegate(taskId, agency.supervisor(), "请看数据"));

        WorkItem delegated = journey.taskOf(agency.supervisor(), reportId);
        assertThat(delegated.holding()).isEqualTo(WorkItem.Holding.DELEGATED_TO_ME);
        assertThat(delegated.arrivedAt()).isAfter(offered.plus(Duration.ofHours(2)));
    }

    private List<NotificationItem> messages(String username, long reportId) {
        deliveries.awaitAll();
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> ("reports/" + reportId).equals(n.link()))
                .toList();
    }
}
