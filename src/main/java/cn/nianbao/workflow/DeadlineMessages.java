package cn.nianbao.workflow;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The deadline job's reminders and escalations as in-app messages: the holders of the open task before the due
 * date, and once it has passed the holders again with the supervisor and the coordinators above the agency. Runs in
 * the job's transaction, so a message exists exactly when the notice was recorded.
 */
@Component
class DeadlineMessages {

    private final NotificationService notifications;

    DeadlineMessages(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void approaching(DeadlineApproaching due) {
        String text = "「" + due.reportTitle() + "」须在 " + ChinaTime.DATE.format(due.dueDate()) + " 前发布，还剩 "
                + due.workingDaysLeft() + " 个工作日，当前在「" + due.step().label() + "」环节。";
        due.holders().forEach(username -> notifications.notify(username, NotificationKind.DEADLINE_NEAR, text,
                "reports/" + due.reportId()));
    }

    @EventListener
    void missed(DeadlineMissed missed) {
        String text = "「" + missed.reportTitle() + "」已逾期 " + missed.daysOverdue() + " 天未发布（截止 "
                + ChinaTime.DATE.format(missed.dueDate()) + "），当前在「" + missed.step().label() + "」环节。";
        Set<String> everyone = new LinkedHashSet<>(missed.holders());
        everyone.addAll(missed.escalatedTo());
        everyone.forEach(username -> notifications.notify(username, NotificationKind.OVERDUE, text,
                "reports/" + missed.reportId()));
    }
}
