package cn.nianbao.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail as the 审计管理员 reads it: search, export, verify. Every method refuses anyone else, whatever screen or
 * URL they came through. Newest entries first.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    static final String AUDITOR_AUTHORITY = "ROLE_AUDIT_ADMIN";

    private final JdbcClient jdbc;
    private final ChainVerifier verifier;
    private final AuditTrail trail;
    private final AuditCsv csv = new AuditCsv();

    AuditLog(JdbcClient jdbc, ChainVerifier verifier, AuditTrail trail) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.trail = trail;
    }

    public List<AuditEntry> search(AuditSearch search, int offset, int limit) {
        requireAuditor();
        Query query = Query.of(search);
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry" + query.where()
                        + " order by seq desc limit " + Math.max(0, limit) + " offset " + Math.max(0, offset))
                .params(query.params())
                .query(AuditChain::read)
                .list();
    }

    public int count(AuditSearch search) {
        requireAuditor();
        Query query = Query.of(search);
        return jdbc.sql("select count(*) from audit_entry" + query.where())
                .params(query.params())
                .query(Integer.class)
                .single();
    }

    /** The actions that occur in the trail, for the search's choice list. */
    public List<AuditAction> actions() {
        requireAuditor();
        return jdbc.sql("select distinct action_code, action_label from audit_entry order by action_code")
                .query((rs, row) -> new AuditAction(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Every entry the search finds, as CSV for Excel (UTF-8 with BOM). The export itself is recorded. */
    @Transactional
    public byte[] exportCsv(AuditSearch search) {
        requireAuditor();
        Query query = Query.of(search);
        List<AuditEntry> entries = jdbc.sql(
                        "select " + AuditChain.COLUMNS + " from audit_entry" + query.where() + " order by seq desc")
                .params(query.params())
                .query(AuditChain::read)
                .list();
        trail.record(AuditAction.AUDIT_EXPORTED, "审计日志", "导出 " + entries.size() + " 条；条件：" + describe(search));
        return csv.of(entries);
    }

    /** Walks the whole chain; the check itself is recorded. */
    @Transactional
    public ChainVerification verify() {
        requireAuditor();
        ChainVerification result = verifier.verify();
        trail.record(AuditAction.AUDIT_VERIFIED, "审计日志", result.summary());
        return result;
    }

    private static void requireAuditor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean auditor = authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> AUDITOR_AUTHORITY.equals(a.getAuthority()));
        if (!auditor) {
            throw new AuditAccessDeniedException();
        }
    }

    private static String describe(AuditSearch search) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("用户", search.user());
        parts.put("操作", search.actionCode());
        parts.put("对象", search.target());
        parts.put("起", search.from());
        parts.put("止", search.to());
        List<String> given = new ArrayList<>();
        parts.forEach((name, value) -> {
            if (value != null) {
                given.add(name + "=" + value);
            }
        });
        return given.isEmpty() ? "全部" : String.join("，", given);
    }

    /** The search's conditions as SQL with positional parameters. */
    private record Query(String where, List<Object> params) {

        static Query of(AuditSearch search) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (search.user() != null) {
                conditions.add("(actor_username like ? or actor_name like ?)");
                params.add(contains(search.user()));
                params.add(contains(search.user()));
            }
            if (search.actionCode() != null) {
                conditions.add("action_code = ?");
                params.add(search.actionCode());
            }
            if (search.target() != null) {
                conditions.add("target like ?");
                params.add(contains(search.target()));
            }
            if (search.from() != null) {
                conditions.add("occurred_at >= ?");
                params.add(java.time.LocalDateTime.ofInstant(search.from(), java.time.ZoneOffset.UTC));
            }
            if (search.to() != null) {
                conditions.add("occurred_at < ?");
                params.add(java.time.LocalDateTime.ofInstant(search.to(), java.time.ZoneOffset.UTC));
            }
            return new Query(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        /** A part of the value, with LIKE's wildcards in what was typed taken literally. */
        private static String contains(String typed) {
            return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }
}
