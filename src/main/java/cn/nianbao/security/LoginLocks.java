package cn.nianbao.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user names that failed logins have locked ({@link LoginAttempts}), as 用户管理 shows them, and their 解锁. The
 * caller checks that the person may do this and records it in the audit trail.
 */
@Component
@Transactional
public class LoginLocks {

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Until when each of these names stays locked, for those locked now; one query whatever their number. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select username, locked_until from login_attempt where locked_until > :now "
                        + "and username in (:names)")
                .param("now", Timestamp.from(clock.instant()))
                .param("names", usernames)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Lifts the lock and forgets the failures counted so far; false when the name was not locked. */
    public boolean unlock(String username) {
        boolean locked = lockedUntil(java.util.List.of(username)).containsKey(username);
        jdbc.sql("delete from login_attempt where username = ?").param(username).update();
        return locked;
    }
}
