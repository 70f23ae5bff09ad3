package cn.nianbao.notification;

import cn.nianbao.coordination.YearStartAssigned;
import cn.nianbao.report.ReportReads;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The handler's 新待办 when the year start created their agency's report and gave them its draft: nobody offered
 * them the step in the chain, so without this they would find the task only by looking.
 */
@Component
class YearStartMessages {

    private final NotificationService notifications;
    private final ReportReads reads;

    YearStartMessages(NotificationService notifications, ReportReads reads) {
        this.notifications = notifications;
        this.reads = reads;
    }

    @ApplicationModuleListener
    void assigned(YearStartAssigned assigned) {
        notifications.notify(
                assigned.handler(),
                NotificationKind.NEW_TASK,
                assigned.startedBy() + "已创建「" + reads.ref(assigned.reportId()).title() + "」，起草任务交给您，请在待办中办理。",
                Links.report(assigned.reportId()));
    }
}
