package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportStage;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's stage in step with the task the process has just created (returns included), hands a
 * returned task straight to the person who did that step before, and tells the people a new review step is offered
 * to (a 新待办 message). A draft's creator and a returned-to person need no such message: they started it, or got the
 * return's own message.
 */
@Component("reportStageListener")
class ReportStageListener implements TaskListener {

    private final ReportLifecycle lifecycle;
    private final AgencyDirectory agencies;
    private final NotificationService notifications;

    ReportStageListener(ReportLifecycle lifecycle, AgencyDirectory agencies, NotificationService notifications) {
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ProcessKeys.reportId(task.getVariable(ProcessKeys.VAR_REPORT_ID));
        ReportStage stage = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        lifecycle.moveTo(reportId, stage);
        Object returnedTo = task.getVariable(ProcessKeys.VAR_RETURN_ASSIGNEE);
        if (returnedTo != null) {
            task.setAssignee(returnedTo.toString());
            task.removeVariable(ProcessKeys.VAR_RETURN_ASSIGNEE);
        } else if (stage != ReportStage.DRAFTING) {
            announce(task, reportId, stage);
        }
    }

    private void announce(DelegateTask task, long reportId, ReportStage stage) {
        ReportRef report = lifecycle.ref(reportId);
        String submitters = String.valueOf(task.getVariable(ProcessKeys.VAR_SUBMITTERS));
        String drafter = String.valueOf(task.getVariable(ProcessKeys.VAR_DRAFTER));
        agencies.withRole(report.agencyId(), ProcessKeys.roleOf(stage)).stream()
                .map(Person::username)
                .filter(username -> !username.equals(drafter) && !submitters.contains("," + username + ","))
                .forEach(username -> notifications.notify(username, NotificationKind.NEW_TASK,
                        "「" + report.title() + "」已到「" + stage.label() + "」环节，请在待办中办理。",
                        "reports/" + reportId));
    }
}
