package cn.nianbao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to the chain and reads it back. Appending locks the chain's head row ({@code select ... for update}),
 * so appends of several threads or nodes on one database line up: each takes the head's hash as its "previous",
 * and the next waits until it has committed. Times are kept to the second in UTC, which every database and driver
 * stores unchanged (MariaDB through Connector/J drops fractions of seconds); {@code seq} orders entries.
 */
@Component
class AuditChain {

    static final String COLUMNS = "id, seq, occurred_at, actor_username, actor_name, client_ip, action_code, "
            + "action_label, target, detail, before_value, after_value, previous_hash, entry_hash";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Must run inside a read-write transaction: the head stays locked until it commits. */
    AuditEntry append(AuditDraft draft) {
        Head head = head(true);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AuditEntry entry = draft.at(head.seq() + 1, now, head.hash());
        jdbc.sql("insert into audit_entry (seq, occurred_at, actor_username, actor_name, client_ip, action_code, "
                        + "action_label, target, detail, before_value, after_value, previous_hash, entry_hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        entry.seq(),
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                        entry.actorUsername(),
                        entry.actorName(),
                        entry.clientIp(),
                        entry.actionCode(),
                        entry.actionLabel(),
                        entry.target(),
                        entry.detail(),
                        entry.before(),
                        entry.after(),
                        entry.previousHash(),
                        entry.hash())
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                .params(entry.seq(), entry.hash())
                .update();
        return entry;
    }

    Head head(boolean lock) {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1" + (lock ? " for update" : ""))
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    static AuditEntry read(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getLong("seq"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("actor_username"),
                rs.getString("actor_name"),
                rs.getString("client_ip"),
                rs.getString("action_code"),
                rs.getString("action_label"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getString("before_value"),
                rs.getString("after_value"),
                rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    record Head(long seq, String hash) {}
}
