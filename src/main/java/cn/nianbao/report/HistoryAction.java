package cn.nianbao.report;

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
    CORRECTION_STARTED("发起更正"),
    SUPERSEDED("被更正版本取代"),
    DEADLINE_REMINDED("到期提醒"),
    DEADLINE_ESCALATED("逾期督办");

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A reminder or escalation of the deadline job: recorded beside the steps, not a step anyone took. */
    public boolean isDeadlineNotice() {
        return this == DEADLINE_REMINDED || this == DEADLINE_ESCALATED;
    }
}
