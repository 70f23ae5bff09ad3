package cn.nianbao.workflow;

import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReviewFindings;
import cn.nianbao.report.format.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the report must satisfy before a step may move it on: no part of the draft still with a colleague, no error and
 * every warning explained at 提交; every 保密审查 finding 已核实 at 通过; no error at 签发.
 */
@Component
class StepRules {

    private final DraftParts parts;
    private final ReportReads reads;
    private final ReviewFindings reviewFindings;

    StepRules(DraftParts parts, ReportReads reads, ReviewFindings reviewFindings) {
        this.parts = parts;
        this.reads = reads;
        this.reviewFindings = reviewFindings;
    }

    /**
     * Errors block the submission; warnings need a note saying why the figures are right as they stand, which is
     * kept in the history for the reviewers: that note, or null when there is no warning.
     */
    String submissionNote(long reportId, String warningNote) {
        refuseWhilePartsOpen(reportId);
        List<Finding> findings = reads.findings(reportId);
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new WorkflowActionException("报告有 " + errors.size() + " 处错误，改正后才能提交。第一处："
                    + errors.getFirst().message());
        }
        if (findings.isEmpty()) {
            return null;
        }
        if (warningNote == null || warningNote.isBlank()) {
            throw new WorkflowActionException(
                    "报告有 " + findings.size() + " 处警告（第一处：" + findings.getFirst().message() + "）。请在「警告说明」中写明原因后再提交。");
        }
        return "已确认 " + findings.size() + " 处警告，说明：" + warningNote.strip();
    }

    /** Refuses 通过 or 签发 at {@code stage} while the report does not meet what that step requires. */
    void refuseApproval(ReportStage stage, long reportId) {
        if (stage == ReportStage.LEAD_SIGNOFF && !reads.errors(reportId).isEmpty()) {
            throw new WorkflowActionException("报告未通过勾稽关系校验，不能签发，请退回修改。");
        }
        if (stage == ReportStage.SECRECY_REVIEW) {
            reviewFindings.approvalRefusal(reportId).ifPresent(WorkflowActionException::refuse);
        }
    }

    private void refuseWhilePartsOpen(long reportId) {
        List<PartAssignment> open = parts.openAssignments(reportId);
        if (!open.isEmpty()) {
            throw new WorkflowActionException("还有 " + open.size() + " 个分工部分尚未完成（"
                    + open.stream()
                            .map(a -> "「" + a.part().label() + "」" + a.ownerName())
                            .collect(Collectors.joining("、"))
                    + "）：请等其完成「提交本部分」，或在「分工起草」中取消该分工后再提交。");
        }
    }
}
