package cn.nianbao.workflow;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportReads;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opinions, reminders and the 更正说明 pasted with control characters are stored as the other free text is (soft line
 * breaks as line breaks, the rest removed): in the history, in the messages sent with them and in the correction
 * that is published.
 */
@NianbaoTest
class TypedOpinionsTest {

    private static final String PASTED = "请核对表三\u000B第二行\u0000数字。";
    private static final String STORED = "请核对表三\n第二行数字。";

    @Autowired
    Deliveries deliveries;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportHistory history;

    @Autowired
    ReportReads reads;

    @Autowired
    NotificationService notifications;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void a_returned_report_keeps_the_opinion_cleaned_in_its_history_and_in_the_message_to_the_drafter() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);

        logins.as(agency.handler(), () -> workflow.urge(reportId, "催\u0001办"));
        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), PASTED));

        assertThat(history.of(reportId))
                .filteredOn(item -> item.action() == HistoryAction.RETURNED)
                .extracting(ReportHistoryItem::opinion)
                .containsExactly(STORED);
        deliveries.awaitAll();
        assertThat(logins.as(agency.handler(), () -> notifications.mine()))
                .extracting(NotificationItem::text)
                .anySatisfy(text -> assertThat(text).endsWith("：" + STORED));
        assertThat(history.of(reportId))
                .filteredOn(item -> item.action() == HistoryAction.URGED)
                .extracting(ReportHistoryItem::opinion)
                .containsExactly("催办");
    }

    @Test
    void the_correction_note_is_stored_cleaned() {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(agency, 2024, texts("初次发布。"), CONSISTENT_FIGURES);

        long correctionId = logins.as(agency.handler(), () -> workflow.startCorrection(published.reportId(), PASTED));

        assertThat(reads.edition(correctionId).correctionNote()).isEqualTo(STORED);
    }
}
