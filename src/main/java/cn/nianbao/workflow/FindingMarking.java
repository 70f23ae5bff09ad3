package cn.nianbao.workflow;

import cn.nianbao.report.MarkKind;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReviewFinding;
import cn.nianbao.report.ReviewFindings;
import cn.nianbao.security.Actor;
import java.util.List;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional body of marking a 保密审查 finding: only the person who may decide the open 保密审查 task (the
 * same checks as 通过, a delegate excepted) reads the list with its marks or marks a finding.
 */
@Component
@Transactional
class FindingMarking {

    private final OpenTasks openTasks;
    private final ReviewFindings findings;

    FindingMarking(OpenTasks openTasks, ReviewFindings findings) {
        this.openTasks = openTasks;
        this.findings = findings;
    }

    @Transactional(readOnly = true)
    List<ReviewFinding> findings(Actor actor, String taskId) {
        return findings.of(ProcessKeys.reportIdOf(secrecyTask(actor, taskId)));
    }

    ReviewFinding mark(Actor actor, String taskId, String key, MarkKind kind, String note) {
        Task task = secrecyTask(actor, taskId);
        Decisions.refuseWhileDelegated(task);
        return findings.mark(
                ProcessKeys.reportIdOf(task), task.getId(), key, kind, note, actor.username(), actor.displayName());
    }

    private Task secrecyTask(Actor actor, String taskId) {
        Task task = openTasks.requireReview(actor, taskId);
        if (ProcessKeys.stageOf(task) != ReportStage.SECRECY_REVIEW) {
            throw new WorkflowActionException("只有「保密审查」环节需要标记审查提示。");
        }
        return task;
    }
}
