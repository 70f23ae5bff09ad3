package cn.nianbao.notification;

/** Why a message was sent. */
public enum NotificationKind {
    URGED("催办"),
    RETURNED("退回"),
    NEW_TASK("新待办"),
    CORRECTION_TASK("新待办（更正）"),
    COPIED("抄送"),
    DEADLINE_NEAR("到期提醒"),
    OVERDUE("逾期督办"),
    PUBLISHED("已发布"),
    CORRECTION_PUBLISHED("更正已发布"),
    /** A 新待办 whose step was withdrawn (撤回) before its recipient acted: kept, read, no longer a task. */
    WITHDRAWN("已撤回");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
