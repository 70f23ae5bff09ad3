package cn.nianbao.workflow;

import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportStage;
import java.time.Instant;

/**
 * An open task in someone's 待办 inbox: which report, at which step, since when, and how this person holds it.
 * {@code part} is set for a part of the draft handed to this person (分工起草), null for a step of the chain;
 * {@code delegatedTo} names the delegate of a task this person delegated (委派), null otherwise.
 */
public record WorkItem(
        String taskId,
        ReportStage step,
        ReportRef report,
        Instant arrivedAt,
        Holding holding,
        DraftPart part,
        String delegatedTo) {

    public WorkItem(
            String taskId, ReportStage step, ReportRef report, Instant arrivedAt, Holding holding, DraftPart part) {
        this(taskId, step, report, arrivedAt, holding, part, null);
    }

    /** 「委派中（委派给 张三）」 for a task this person delegated, else the holding's label. */
    public String holdingLabel() {
        return holding == Holding.DELEGATED_BY_ME ? holding.label() + "（委派给 " + delegatedTo + "）" : holding.label();
    }

    public long reportId() {
        return report.reportId();
    }

    public String reportTitle() {
        return report.title();
    }

    /** 「起草：一、总体情况」 for a part of the draft, else the step. */
    public String stepLabel() {
        return part == null ? step.label() : "起草：" + part.label();
    }

    /** Offered: to a group the person belongs to, anyone of it may claim; mine: assigned or claimed. */
    public enum Holding {
        OFFERED("待认领"),
        MINE("本人办理"),
        DELEGATED_TO_ME("委派给我"),
        /** Delegated by this person to someone else, not back yet: they may read it, not act on it. */
        DELEGATED_BY_ME("委派中");

        private final String label;

        Holding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
