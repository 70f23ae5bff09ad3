package cn.nianbao.notification;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.coordination.AreaUrging;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A publication reaches the coordinators above; a correction's messages say 更正; 催办 names who can add a handler. */
@NianbaoTest
class PublishedAndCorrectionMessagesTest {

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
    AreaUrging urging;

    @Autowired
    Logins logins;

    @Test
    void the_coordinator_above_hears_of_a_publication_and_of_its_correction_whose_messages_say_correction() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        TestAgency elsewhere =
                testAgencies.createBelow(testAgencies.createCounty().id());
        PublishedReport first = journey.published(department, 2024, texts("初次发布。"), CONSISTENT_FIGURES);

        assertThat(messages(county.coordinator(), first.reportId()))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.PUBLISHED);
                    assertThat(n.text())
                            .startsWith("下级机关报告「" + department.name())
                            .endsWith("」已在公开门户发布。");
                });
        assertThat(messages(elsewhere.handler(), first.reportId())).isEmpty();

        long correctionId =
                logins.as(department.handler(), () -> workflow.startCorrection(first.reportId(), "表三数字填报有误，予以更正。"));
        journey.submit(department, correctionId);
        assertThat(messages(department.secrecy(), correctionId)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CORRECTION_TASK);
            assertThat(n.kind().label()).isEqualTo("新待办（更正）");
            assertThat(n.text()).contains("年度报告（更正）」已到「保密审查」环节");
        });
        journey.approveAll(department, correctionId);
        journey.awaitPublished(correctionId);

        assertThat(messages(department.handler(), correctionId))
                .filteredOn(n -> n.kind() == NotificationKind.CORRECTION_PUBLISHED)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind().label()).isEqualTo("更正已发布");
                    assertThat(n.text()).endsWith("」的更正已在公开门户发布。");
                });
        assertThat(messages(county.coordinator(), correctionId)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CORRECTION_PUBLISHED);
            assertThat(n.text()).startsWith("下级机关报告「").endsWith("」的更正已在公开门户发布。");
        });
    }

    @Test
    void urging_an_agency_without_a_handler_says_so_and_who_can_create_one() {
        TestCounty county = testAgencies.createCounty();

        assertThatThrownBy(() -> logins.as(county.coordinator(), () -> urging.urge(county.id(), 2025)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("该机关还没有经办人员账号")
                .hasMessageContaining("系统管理员在「用户管理」中");
    }

    private List<NotificationItem> messages(String username, long reportId) {
        deliveries.awaitAll();
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> ("reports/" + reportId).equals(n.link()))
                .toList();
    }
}
