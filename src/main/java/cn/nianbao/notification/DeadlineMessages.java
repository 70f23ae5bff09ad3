package cn.nianbao.notification;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.deadline.DeadlineApproaching;
import cn.nianbao.deadline.DeadlineMissed;
import cn.nianbao.report.ReportReads;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The deadline scan's reminders and escalations as messages: the holders of the open step before the due date, and
 * once it has passed the holders again with the supervisors and the coordinators above the agency.
 */
@Component
class DeadlineMessages {

    private final NotificationService notifications;
    private final ReportReads reads;

    DeadlineMessages(NotificationService notifications, ReportReads reads) {
        this.notifications = notifications;
        this.reads = reads;
    }

    @ApplicationModuleListener
    void approaching(DeadlineApproaching due) {
        String text = "「" + reads.ref(due.reportId()).title() + "」须在 " + ChinaTime.DATE.format(due.dueDate())
                + " 前发布，还剩 " + due.workingDaysLeft() + " 个工作日，当前在「" + due.step().label() + "」环节。";
        due.holders()
                .forEach(username -> notifications.notify(
                        username, NotificationKind.DEADLINE_NEAR, text, Links.report(due.reportId())));
    }

    @ApplicationModuleListener
    void missed(DeadlineMissed missed) {
        String text = "「" + reads.ref(missed.reportId()).title() + "」" + missed.overdueBy() + "未发布（截止 "
                + ChinaTime.DATE.format(missed.dueDate()) + "），当前在「"
                + missed.step().label() + "」环节。";
        Set<String> everyone = new LinkedHashSet<>(missed.holders());
        everyone.addAll(missed.escalatedTo());
        everyone.forEach(username ->
                notifications.notify(username, NotificationKind.OVERDUE, text, Links.report(missed.reportId())));
    }
}
