package cn.nianbao.notification;

import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportReads;
import cn.nianbao.workflow.WorkWithoutHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The messages that follow from an account being disabled: a task nobody of the agency could take over is brought to
 * the agency's 分管领导 and 主要领导 and to the coordinators above it, who can see that someone gets the role.
 */
@Component
class AccountMessages {

    private final NotificationService notifications;
    private final ReportReads reads;
    private final ReportHistory history;

    AccountMessages(NotificationService notifications, ReportReads reads, ReportHistory history) {
        this.notifications = notifications;
        this.reads = reads;
        this.history = history;
    }

    @ApplicationModuleListener
    void withoutHolder(WorkWithoutHolder orphaned) {
        ReportHistoryItem step = history.entry(orphaned.historyId())
                .orElseThrow(() -> new IllegalStateException("no history entry " + orphaned.historyId()));
        String text = "「" + reads.ref(orphaned.reportId()).title() + "」的「"
                + step.stage().label() + "」环节无人办理：" + step.actorName()
                + "的账号已停用，本机关没有其他可以接手的人员。请为本机关安排人员（由系统管理员开通账号、安全管理员分配角色）。";
        orphaned.told()
                .forEach(username -> notifications.notify(
                        username, NotificationKind.URGED, text, Links.report(orphaned.reportId())));
    }
}
