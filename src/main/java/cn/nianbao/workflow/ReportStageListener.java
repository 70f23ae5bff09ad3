package cn.nianbao.workflow;

import cn.nianbao.report.ReportLifecycle;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's stage in step with the task the process has just created (returns included), and hands a
 * returned task straight to the person who did that step before.
 */
@Component("reportStageListener")
class ReportStageListener implements TaskListener {

    private final ReportLifecycle lifecycle;

    ReportStageListener(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ProcessKeys.reportId(task.getVariable(ProcessKeys.VAR_REPORT_ID));
        lifecycle.moveTo(reportId, ProcessKeys.stageOf(task.getTaskDefinitionKey()));
        Object returnedTo = task.getVariable(ProcessKeys.VAR_RETURN_ASSIGNEE);
        if (returnedTo != null) {
            task.setAssignee(returnedTo.toString());
            task.removeVariable(ProcessKeys.VAR_RETURN_ASSIGNEE);
        }
    }
}
