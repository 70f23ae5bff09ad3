package cn.nianbao.workflow;

import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.publication.PublicationService;
import cn.nianbao.report.ReportLifecycle;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The 发布 service task: runs as an async job after sign-off and hands the report to the publication module; the
 * drafter learns that it is out (only when this run published it, not when a retry found it published already).
 */
@Component("publishReportTask")
class PublishReportTask implements JavaDelegate {

    private final PublicationService publications;
    private final NotificationService notifications;
    private final ReportLifecycle reports;

    PublishReportTask(PublicationService publications, NotificationService notifications, ReportLifecycle reports) {
        this.publications = publications;
        this.notifications = notifications;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ProcessKeys.reportId(execution.getVariable(ProcessKeys.VAR_REPORT_ID));
        if (publications.publish(reportId)) {
            notifications.notify((String) execution.getVariable(ProcessKeys.VAR_DRAFTER), NotificationKind.PUBLISHED,
                    "「" + reports.ref(reportId).title() + "」已在公开门户发布。", "reports/" + reportId);
        }
    }
}
