package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.HandedOverWork;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Disabling an account says where each of its tasks went, keeps it in the history, and raises a task left alone. */
@NianbaoTest
class DisabledAccountHandoverTest {

    @Autowired
    UserAdministration users;

    @Autowired
    RoleAdministration roles;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    NotificationService notifications;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Logins logins;

    @Test
    void the_administrator_learns_which_colleague_took_the_draft_and_the_history_says_from_whom_to_whom() {
        TestAgency agency = testAgencies.create();
        UserRow colleague =
                logins.as("sysadmin", () -> users.create(agency.handler() + "2", "接手人", agency.id(), "Start@2026pw"));
        logins.as("secadmin", () -> roles.assign(colleague.id(), Set.of(Role.HANDLER)));
        long reportId = journey.start(agency, 2025);

        List<HandedOverWork> handedOver = logins.as("sysadmin", () -> users.disable(idOf(agency.handler())));

        assertThat(handedOver).singleElement().satisfies(work -> {
            assertThat(work.reportId()).isEqualTo(reportId);
            assertThat(work.step()).isEqualTo("起草");
            assertThat(work.holder()).isEqualTo("接手人");
        });
        ReportHistoryItem step = reassigned(colleague.username(), reportId);
        assertThat(step.detail()).contains("账号已停用").contains("转交给 接手人").contains(step.actorName());
        deliveries.awaitAll();
        assertThat(logins.as(colleague.username(), () -> notifications.mine()))
                .extracting(NotificationItem::text)
                .anySatisfy(text -> assertThat(text).contains("起草"));
    }

    @Test
    void an_only_handler_leaves_a_draft_nobody_can_take_and_the_leaders_and_coordinators_are_told() {
        TestCounty county = testAgencies.createCounty();
        TestAgency agency = testAgencies.createBelow(county.id());
        long reportId = journey.start(agency, 2025);

        List<HandedOverWork> handedOver = logins.as("sysadmin", () -> users.disable(idOf(agency.handler())));

        assertThat(handedOver).singleElement().satisfies(work -> {
            assertThat(work.isTaken()).isFalse();
            assertThat(work.whyNobody()).isEqualTo("本机关没有其他在用的经办人员");
        });
        assertThat(reassigned(agency.supervisor(), reportId).detail()).contains("无人接手");
        deliveries.awaitAll();
        for (String told : List.of(agency.supervisor(), agency.lead(), county.coordinator())) {
            assertThat(logins.as(told, () -> notifications.mine()))
                    .as(told)
                    .extracting(NotificationItem::text)
                    .anySatisfy(text -> assertThat(text).contains("「起草」环节无人办理").contains("账号已停用"));
        }
        assertThat(logins.as(agency.secrecy(), () -> notifications.mine()))
                .extracting(NotificationItem::text)
                .noneMatch(text -> text.contains("无人办理"));
    }

    private long idOf(String username) {
        return userRepository.findByUsername(username).orElseThrow().getId();
    }

    private ReportHistoryItem reassigned(String reader, long reportId) {
        return logins.as(reader, () -> reports.history(reportId)).stream()
                .filter(item -> item.action() == HistoryAction.REASSIGNED)
                .findFirst()
                .orElseThrow();
    }
}
