package cn.nianbao.notification;

import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportRef;
import cn.nianbao.workflow.PartAssigned;
import cn.nianbao.workflow.ReportCopied;
import cn.nianbao.workflow.ReportReturned;
import cn.nianbao.workflow.ReportUrged;
import cn.nianbao.workflow.ReportWithdrawn;
import cn.nianbao.workflow.StepHandedOver;
import cn.nianbao.workflow.StepOffered;
import java.util.EnumSet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The messages of the approval chain: a step offered (新待办, withdrawn again by a 撤回), a return, a hand-over, a
 * copy, a reminder, a part of a draft; a correction's messages say 更正. Each is sent after the step committed, from
 * the event publication registry, so a message that could not be sent is sent on a later attempt and none is sent for
 * a step that was rolled back. The person acting and the opinion come from the report's history entry the event names.
 */
@Component
class ChainMessages {

    private final NotificationService notifications;
    private final ReportReads reads;
    private final ReportHistory history;

    ChainMessages(NotificationService notifications, ReportReads reads, ReportHistory history) {
        this.notifications = notifications;
        this.reads = reads;
        this.history = history;
    }

    @ApplicationModuleListener
    void offered(StepOffered offered) {
        ReportRef report = reads.ref(offered.reportId());
        String text = "「" + title(report) + "」已到「" + offered.step().label() + "」环节，请在待办中办理。";
        NotificationKind kind = report.isCorrection() ? NotificationKind.CORRECTION_TASK : NotificationKind.NEW_TASK;
        offered.candidates()
                .forEach(username -> notifications.notify(username, kind, text, Links.report(offered.reportId())));
    }

    /**
     * 撤回: the step offered is nobody's now but the withdrawer's, so the 新待办 still unread that lead to the report
     * read 已撤回; after the resubmission each reviewer has the one new message of it.
     */
    @ApplicationModuleListener
    void withdrawn(ReportWithdrawn withdrawn) {
        notifications.withdrawUnread(
                Links.report(withdrawn.reportId()),
                EnumSet.of(NotificationKind.NEW_TASK, NotificationKind.CORRECTION_TASK),
                withdrawn.withdrawnBy());
    }

    @ApplicationModuleListener
    void returned(ReportReturned returned) {
        ReportHistoryItem step = step(returned.historyId());
        notifications.notify(
                returned.returnedTo(),
                NotificationKind.RETURNED,
                step.actorName() + "将「" + title(returned.reportId()) + "」退回至「"
                        + returned.to().label() + "」：" + step.opinion(),
                Links.report(returned.reportId()));
    }

    @ApplicationModuleListener
    void handedOver(StepHandedOver handedOver) {
        ReportHistoryItem step = step(handedOver.historyId());
        String what = switch (handedOver.kind()) {
            case TRANSFERRED -> step.actorName() + "将「" + step.stage().label() + "」转办给您";
            case DELEGATED -> step.actorName() + "请您对「" + step.stage().label() + "」提出意见（委派）";
            case RESOLVED -> step.actorName() + "已办毕委派，请您办理";
            case HANDED_BACK -> step.detail();
        };
        notifications.notify(
                handedOver.to(),
                NotificationKind.NEW_TASK,
                what + "：" + title(handedOver.reportId()),
                Links.report(handedOver.reportId()));
    }

    @ApplicationModuleListener
    void copied(ReportCopied copied) {
        ReportHistoryItem step = step(copied.historyId());
        notifications.notify(
                copied.to(),
                NotificationKind.COPIED,
                step.actorName() + "抄送给您：" + title(copied.reportId())
                        + (step.opinion() == null ? "" : "。附言：" + step.opinion()),
                Links.report(copied.reportId()));
    }

    @ApplicationModuleListener
    void urged(ReportUrged urged) {
        ReportHistoryItem step = step(urged.historyId());
        String text = step.actorName() + "催办「" + step.stage().label() + "」"
                + (step.opinion() == null ? "" : "：" + step.opinion()) + "（" + title(urged.reportId()) + "）";
        urged.holders()
                .forEach(username ->
                        notifications.notify(username, NotificationKind.URGED, text, Links.report(urged.reportId())));
    }

    @ApplicationModuleListener
    void partAssigned(PartAssigned assigned) {
        ReportHistoryItem step = step(assigned.historyId());
        notifications.notify(
                assigned.owner(),
                NotificationKind.NEW_TASK,
                step.actorName() + "请您起草「" + title(assigned.reportId()) + "」的「"
                        + assigned.part().label() + "」。",
                Links.part(assigned.taskId()));
    }

    private String title(long reportId) {
        return title(reads.ref(reportId));
    }

    /** A correction's messages say so: its title is the first edition's. */
    private static String title(ReportRef report) {
        return report.title() + (report.isCorrection() ? "（更正）" : "");
    }

    private ReportHistoryItem step(long historyId) {
        return history.entry(historyId).orElseThrow(() -> new IllegalStateException("no history entry " + historyId));
    }
}
