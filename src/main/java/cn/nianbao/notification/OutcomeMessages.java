package cn.nianbao.notification;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.coordination.StartUrged;
import cn.nianbao.publication.ReportPublished;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportRef;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The drafter's 已发布 (更正已发布 for a correction), the same news for the coordinators of the agencies above, and the
 * coordinator's reminder to an agency that has not started its report.
 */
@Component
class OutcomeMessages {

    private final NotificationService notifications;
    private final ReportReads reads;
    private final ReportHistory history;
    private final AgencyDirectory agencies;

    OutcomeMessages(
            NotificationService notifications, ReportReads reads, ReportHistory history, AgencyDirectory agencies) {
        this.notifications = notifications;
        this.reads = reads;
        this.history = history;
        this.agencies = agencies;
    }

    /**
     * To whoever submitted the published edition last (the handler who drafted it to the end), and to every
     * coordinator (主管部门协调员) above the agency, who watch its progress in 辖区进度.
     */
    @ApplicationModuleListener
    void published(ReportPublished published) {
        ReportRef report = reads.ref(published.reportId());
        NotificationKind kind =
                report.isCorrection() ? NotificationKind.CORRECTION_PUBLISHED : NotificationKind.PUBLISHED;
        String what = report.isCorrection() ? "」的更正已在公开门户发布。" : "」已在公开门户发布。";
        String link = Links.report(published.reportId());
        history.of(published.reportId()).reversed().stream()
                .filter(i -> i.action() == HistoryAction.SUBMITTED)
                .findFirst()
                .map(ReportHistoryItem::actorUsername)
                .ifPresent(drafter -> notifications.notify(drafter, kind, "「" + report.title() + what, link));
        String below = "下级机关报告「" + report.title() + what;
        agencies.coordinatorsAbove(report.agencyId()).stream()
                .map(Person::username)
                .forEach(coordinator -> notifications.notify(coordinator, kind, below, link));
    }

    @ApplicationModuleListener
    void startUrged(StartUrged urged) {
        String text = "主管部门催办：" + urged.year() + " 年度报告尚未开始起草，截止日期 " + urged.dueDate() + "。请抓紧办理，按期发布政府信息公开工作年度报告。";
        urged.handlers()
                .forEach(username -> notifications.notify(username, NotificationKind.URGED, text, Links.REPORTS));
    }
}
