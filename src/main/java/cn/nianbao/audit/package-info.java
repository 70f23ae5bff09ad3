/**
 * The audit trail (等保 2.0): who did what, when, from where, on which target, with the before/after. Append-only and
 * tamper-evident (an SM3 hash chain that {@link cn.nianbao.audit.AuditLog#verify()} walks); kept at least 180 days
 * ({@link cn.nianbao.audit.AuditProperties}). Depends on no other module of Nianbao (only the shared base), so every module may call it.
 *
 * <p>To record something, inject {@link cn.nianbao.audit.AuditTrail} and write one line, e.g. when an administrator
 * changes a user:
 *
 * <pre>{@code
 * audit.record(AuditAction.USER_CHANGED, "用户 " + username, before, after);   // before/after as text, null if none
 * audit.record(AuditAction.AGENCY_CHANGED, "机关 " + code, "改名：" + reason);  // or a detail alone
 * }</pre>
 *
 * Who (the signed-in person, 匿名 over HTTP, 系统 in a job) and the client's address come from the current request;
 * inside a read-write transaction the entry is written when that transaction commits, so a failed action leaves
 * none. Logins, failed logins and logouts are recorded from Spring Security's events; the report's history steps in
 * {@code report.ReportHistory.record}. Only the 审计管理员 searches, exports and verifies the trail
 * ({@link cn.nianbao.audit.AuditLog}, screen {@code audit.ui}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui"})
package cn.nianbao.audit;
