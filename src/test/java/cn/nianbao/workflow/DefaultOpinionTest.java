package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A decision without words reads 「同意」 in the history, so the 意见栏 never shows a blank; a return needs words. */
@NianbaoTest
class DefaultOpinionTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportHistory history;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void approving_and_signing_off_without_an_opinion_record_agreement() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);

        approve(agency.secrecy(), reportId, "");
        approve(agency.supervisor(), reportId, "  \n ");
        approve(agency.lead(), reportId, null);

        assertThat(history.of(reportId))
                .filteredOn(item -> item.action() == HistoryAction.APPROVED || item.action() == HistoryAction.SIGNED)
                .extracting(ReportHistoryItem::stage, ReportHistoryItem::opinion)
                .containsExactly(
                        tuple(ReportStage.SECRECY_REVIEW, "同意"),
                        tuple(ReportStage.SUPERVISOR_REVIEW, "同意"),
                        tuple(ReportStage.LEAD_SIGNOFF, "同意"));
    }

    @Test
    void an_opinion_given_is_kept_as_typed_and_a_return_without_one_is_refused() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();

        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.returnForRevision(taskId, " ")))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessage("退回修改必须填写意见，说明需要修改的内容。");
        assertThat(history.of(reportId)).noneMatch(item -> item.action() == HistoryAction.RETURNED);

        approve(agency.secrecy(), reportId, " 无涉密内容 ");
        assertThat(history.of(reportId).getLast().opinion()).isEqualTo("无涉密内容");
    }

    private void approve(String reviewer, long reportId, String opinion) {
        logins.as(
                reviewer,
                () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), opinion));
    }
}
