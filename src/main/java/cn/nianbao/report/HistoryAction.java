package cn.nianbao.report;

import java.util.EnumSet;
import java.util.Set;

/** What happened at a step of a report's history. */
public enum HistoryAction {
    CREATED("创建"),
    SUBMITTED("提交"),
    APPROVED("通过"),
    RETURNED("退回修改"),
    WITHDRAWN("撤回"),
    SIGNED("签发"),
    PUBLISHED("发布"),
    IMPORTED("导入"),
    REASSIGNED("转交（原办理人账号停用）"),
    CLAIMED("认领"),
    UNCLAIMED("取消认领"),
    TRANSFERRED("转办"),
    DELEGATED("委派"),
    RESOLVED("委派办毕"),
    COPIED("抄送"),
    URGED("催办"),
    CORRECTION_STARTED("发起更正"),
    SUPERSEDED("被更正版本取代"),
    DEADLINE_REMINDED("到期提醒"),
    DEADLINE_ESCALATED("逾期督办"),
    AGGREGATED("汇总辖区数据"),
    /** The draft took in the area's sums again (reports published since); the opinion is the new 汇总范围 line. */
    REAGGREGATED("重新汇总"),
    PART_ASSIGNED("分工起草"),
    PART_FINISHED("完成分工部分"),
    PART_CANCELLED("取消分工"),
    /** The owner of a part typed on after it was taken back: their text kept for the drafter ({@link PartProposals}). */
    PART_PROPOSAL("提交修改建议"),
    /** 保密审查: the reviewer marked a finding 已核实 or 退回修改 (which, in the detail). */
    FINDING_MARKED("标记审查提示"),
    /** 先备案后公布: the 主管部门 filed the signed-off report, which lets it publish. */
    FILED("备案");

    /** Submissions and decisions: each keeps a snapshot of the content as it stood, for "what changed" later. */
    private static final Set<HistoryAction> DECISIONS =
            EnumSet.of(SUBMITTED, APPROVED, RETURNED, WITHDRAWN, SIGNED, FILED);

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDecision() {
        return DECISIONS.contains(this);
    }

    /** Copies, reminders, deadline notices and the record of an aggregation leave the task where it is; everything else is someone acting on it. */
    public boolean actsOnTask() {
        return this != COPIED && this != URGED && !isAggregation() && !isDeadlineNotice() && !isDraftPart();
    }

    /** 汇总 when the draft was created, or 重新汇总 later: each records the 汇总范围 the draft's sums cover. */
    public boolean isAggregation() {
        return this == AGGREGATED || this == REAGGREGATED;
    }

    /** An assignment, completion or cancellation of a part of the draft (分工起草): beside the 起草 step. */
    public boolean isDraftPart() {
        return this == PART_ASSIGNED || this == PART_FINISHED || this == PART_CANCELLED || this == PART_PROPOSAL;
    }

    /**
     * What a person did to a report themselves, listed in their 已办: decisions, hand-overs, copies, reminders, the
     * parts of a draft; not what the system recorded for them (发布, 转交, deadline notices) nor the creation of a
     * draft, which is in 我发起的.
     */
    public static final Set<HistoryAction> PERSONAL_ACTS = EnumSet.of(
            SUBMITTED,
            APPROVED,
            RETURNED,
            WITHDRAWN,
            SIGNED,
            FILED,
            CLAIMED,
            UNCLAIMED,
            TRANSFERRED,
            DELEGATED,
            RESOLVED,
            COPIED,
            URGED,
            CORRECTION_STARTED,
            AGGREGATED,
            REAGGREGATED,
            PART_ASSIGNED,
            PART_FINISHED,
            PART_CANCELLED,
            PART_PROPOSAL);

    /** A reminder or escalation of the deadline job: recorded beside the steps, not a step anyone took. */
    public boolean isDeadlineNotice() {
        return this == DEADLINE_REMINDED || this == DEADLINE_ESCALATED;
    }
}
