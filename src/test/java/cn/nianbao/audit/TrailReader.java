package cn.nianbao.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the trail straight from the table, for tests that look at what was recorded rather than at the screen. */
@Component
public class TrailReader {

    private final JdbcClient jdbc;

    TrailReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> forTarget(String target) {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry where target = ? order by seq")
                .param(target)
                .query(AuditChain::read)
                .list();
    }

    public List<AuditEntry> byActor(String username) {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry where actor_username = ? order by seq")
                .param(username)
                .query(AuditChain::read)
                .list();
    }

    public AuditEntry last() {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry order by seq desc limit 1")
                .query(AuditChain::read)
                .single();
    }
}
