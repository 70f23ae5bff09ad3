package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.HandedOverWork;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.PartAssignment;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A part of a draft (分工起草) whose owner's account is disabled goes back to the drafter: the part is cancelled (what
 * was saved of it stays in the draft), the history says why, the drafter is told and may edit or hand it out again.
 */
@NianbaoTest
class DisabledPartOwnerTest {

    @Autowired
    UserAdministration users;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    NotificationService notifications;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Logins logins;

    @Test
    void the_part_goes_back_to_the_drafter_with_a_line_in_the_history_and_a_message() {
        TestAgency agency = testAgencies.create();
        String liu = testAgencies.addPerson(agency, "liufang", "刘芳", Role.HANDLER);
        String wang = testAgencies.addPerson(agency, "wang", "王起草", Role.HANDLER);
        long reportId = journey.start(agency, 2025);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> {
            workflow.assignPart(draftTask, DraftPart.T3, liu);
            workflow.assignPart(draftTask, DraftPart.S2, wang);
        });

        List<HandedOverWork> handedOver = logins.as("sysadmin", () -> users.disable(idOf(liu)));

        assertThat(handedOver).singleElement().satisfies(work -> {
            assertThat(work.reportId()).isEqualTo(reportId);
            assertThat(work.step()).isEqualTo("起草：" + DraftPart.T3.label());
            assertThat(work.holder()).endsWith("（起草人）");
        });
        ReportHistoryItem line = logins.as(agency.handler(), () -> reports.history(reportId)).stream()
                .filter(item -> item.action() == HistoryAction.REASSIGNED)
                .findFirst()
                .orElseThrow();
        assertThat(line.detail()).startsWith("「" + DraftPart.T3.label() + "」因刘芳账号停用交回起草人");
        assertThat(logins.as(agency.handler(), () -> workflow.parts(reportId)))
                .extracting(PartAssignment::part, PartAssignment::state)
                .containsExactlyInAnyOrder(
                        tuple(DraftPart.T3, PartAssignment.State.CANCELLED),
                        tuple(DraftPart.S2, PartAssignment.State.OPEN));
        assertThat(journey.taskOf(wang, reportId).part()).isEqualTo(DraftPart.S2);
        deliveries.awaitAll();
        assertThat(logins.as(agency.handler(), () -> notifications.mine()))
                .extracting(NotificationItem::text)
                .anySatisfy(text -> assertThat(text).contains("因刘芳账号停用交回起草人"));

        // the part is the drafter's again: it can be handed to someone else
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.T3, wang));
        assertThat(logins.as(agency.handler(), () -> workflow.parts(reportId)))
                .filteredOn(a -> a.state() == PartAssignment.State.OPEN)
                .extracting(PartAssignment::part)
                .containsExactlyInAnyOrder(DraftPart.S2, DraftPart.T3);
    }

    private long idOf(String username) {
        return userRepository.findByUsername(username).orElseThrow().getId();
    }
}
