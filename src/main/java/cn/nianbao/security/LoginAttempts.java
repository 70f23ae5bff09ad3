package cn.nianbao.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five wrong passwords in a row lock a user name for 15 minutes. Counted for any name typed, whether an account
 * has it or not, so that neither the lockout nor its message tells anyone which accounts exist.
 */
@Component
@Transactional
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How much longer the name stays locked; empty if it is not locked. */
    @Transactional(readOnly = true)
    Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        return lockedUntil(key(username))
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(event.getAuthentication().getName());
        int failures = jdbc.sql("select failures from login_attempt where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                + 1;
        Timestamp lockedUntil =
                failures >= MAX_FAILURES ? Timestamp.from(clock.instant().plus(LOCK)) : null;
        int next = failures >= MAX_FAILURES ? 0 : failures;
        int updated = jdbc.sql("update login_attempt set failures = ?, locked_until = ? where username = ?")
                .params(next, lockedUntil, username)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into login_attempt (username, failures, locked_until) values (?, ?, ?)")
                    .params(username, next, lockedUntil)
                    .update();
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_attempt where username = ?")
                .param(key(event.getAuthentication().getName()))
                .update();
    }

    private Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("select locked_until from login_attempt where username = ?")
                .param(username)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(until -> until);
    }

    /** User names are compared as typed, trimmed and cut to the column's size. */
    private static String key(String username) {
        String trimmed = username == null ? "" : username.strip();
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
