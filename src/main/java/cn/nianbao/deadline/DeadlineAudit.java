package cn.nianbao.deadline;

import cn.nianbao.audit.AuditAction;

/** The deadline module's own audit actions. */
final class DeadlineAudit {

    static final AuditAction CALENDAR_CHANGED = new AuditAction("CALENDAR_CHANGED", "工作日历变更");
    static final AuditAction DUE_DATE_CHANGED = new AuditAction("DUE_DATE_CHANGED", "内部截止日期变更");
    static final AuditAction REMINDER_DAYS_CHANGED = new AuditAction("REMINDER_DAYS_CHANGED", "提醒天数变更");

    private DeadlineAudit() {}
}
