package cn.nianbao.audit;

/**
 * What was done, as a stable code (for searching and for machines) and a Chinese label (for the auditor). Any module
 * may name its own action with {@code new AuditAction(code, label)}; the common ones are here.
 */
public record AuditAction(String code, String label) {

    public static final AuditAction LOGIN_SUCCEEDED = new AuditAction("LOGIN_SUCCEEDED", "登录成功");
    public static final AuditAction LOGIN_FAILED = new AuditAction("LOGIN_FAILED", "登录失败");
    public static final AuditAction LOGOUT = new AuditAction("LOGOUT", "退出登录");
    public static final AuditAction REPORT_VIEWED = new AuditAction("REPORT_VIEWED", "查看报告");
    public static final AuditAction DRAFT_EDITED = new AuditAction("DRAFT_EDITED", "编辑草稿");
    public static final AuditAction DRAFT_EDIT_REFUSED = new AuditAction("DRAFT_EDIT_REFUSED", "编辑草稿被拒绝");
    public static final AuditAction DOWNLOADED = new AuditAction("DOWNLOADED", "下载");
    public static final AuditAction USER_CHANGED = new AuditAction("USER_CHANGED", "用户变更");
    public static final AuditAction ROLE_CHANGED = new AuditAction("ROLE_CHANGED", "角色变更");
    public static final AuditAction AGENCY_CHANGED = new AuditAction("AGENCY_CHANGED", "机关变更");
    public static final AuditAction AUDIT_EXPORTED = new AuditAction("AUDIT_EXPORTED", "导出审计日志");
    public static final AuditAction AUDIT_VERIFIED = new AuditAction("AUDIT_VERIFIED", "校验审计日志");

    public AuditAction {
        if (code == null
                || code.isBlank()
                || code.length() > 64
                || label == null
                || label.isBlank()
                || label.length() > 100) {
            throw new IllegalArgumentException("an audit action needs a code (≤ 64) and a label (≤ 100)");
        }
    }

    /** A step of a report's history (创建, 提交, 通过, 退回修改, 签发, 发布, ...): {@code REPORT_SUBMITTED} 「报告提交」. */
    public static AuditAction reportStep(String stepName, String stepLabel) {
        return new AuditAction("REPORT_" + stepName, "报告" + stepLabel);
    }
}
