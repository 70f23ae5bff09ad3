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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The people a review step is offered to hear of it (新待办), and nobody else. */
@NianbaoTest
class NewTaskMessagesTest {

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

    @Test
    void each_review_step_is_announced_to_the_people_of_its_role_in_the_agency_but_not_to_the_submitter() {
        TestAgency agency = testAgencies.create();
        String secondReviewer = testAgencies.addPerson(agency, "secrecy2", "保密二", Role.SECRECY_REVIEWER);
        String handlerReviewer = testAgencies.addPerson(agency, "both", "兼任", Role.HANDLER, Role.SECRECY_REVIEWER);
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);

        assertThat(newTasks(agency.secrecy(), reportId))
                .singleElement()
                .asString()
                .contains("保密审查");
        assertThat(newTasks(secondReviewer, reportId)).hasSize(1);
        assertThat(newTasks(handlerReviewer, reportId)).hasSize(1);
        assertThat(newTasks(agency.handler(), reportId)).as("the submitter").isEmpty();
        assertThat(newTasks(agency.supervisor(), reportId)).isEmpty();

        logins.as(
                agency.secrecy(),
                () -> workflow.approve(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), null));

        assertThat(newTasks(agency.supervisor(), reportId))
                .singleElement()
                .asString()
                .contains("分管领导审核");
        assertThat(newTasks(testAgencies.create().supervisor(), reportId))
                .as("another agency")
                .isEmpty();
    }

    private List<String> newTasks(String username, long reportId) {
        deliveries.awaitAll();
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> n.kind() == NotificationKind.NEW_TASK && n.link().equals("reports/" + reportId))
                .map(NotificationItem::text)
                .toList();
    }
}
