package cn.nianbao.notification;

import cn.nianbao.coordination.StartUrged;
import cn.nianbao.publication.ReportPublished;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportReads;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The drafter's 已发布, and the coordinator's reminder to an agency that has not started its report. */
@Component
class OutcomeMessages {

    private final NotificationService notifications;
    private final ReportReads reads;
    private final ReportHistory history;

    OutcomeMessages(NotificationService notifications, ReportReads reads, ReportHistory history) {
        this.notifications = notifications;
        this.reads = reads;
        this.history = history;
    }

    /** To whoever submitted the published edition last: the handler who drafted it to the end. */
    @ApplicationModuleListener
    void published(ReportPublished published) {
        history.of(published.reportId()).reversed().stream()
                .filter(i -> i.action() == HistoryAction.SUBMITTED)
                .findFirst()
                .map(ReportHistoryItem::actorUsername)
                .ifPresent(drafter -> notifications.notify(
                        drafter,
                        NotificationKind.PUBLISHED,
                        "「" + reads.ref(published.reportId()).title() + "」已在公开门户发布。",
                        Links.report(published.reportId())));
    }

    @ApplicationModuleListener
    void startUrged(StartUrged urged) {
        String text = "主管部门催办：" + urged.year() + " 年度报告尚未开始起草，截止日期 " + urged.dueDate() + "。请抓紧办理，按期发布政府信息公开工作年度报告。";
        urged.handlers()
                .forEach(username -> notifications.notify(username, NotificationKind.URGED, text, Links.REPORTS));
    }
}
