package cn.nianbao.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Twenty wrong passwords from one client address within 15 minutes (a sliding window) stop that address's logins
 * until the window has room again. Without it one address could lock every name of an agency, five guesses each,
 * or try one password on every name. Kept in the database beside the per-name counter ({@link LoginAttempts}), so
 * that every node counts the same failures. The address is the one the servlet container reports: behind the proxy
 * the forwarded one (server.forward-headers-strategy), as in the audit trail.
 */
@Component
@Transactional
class LoginAddressLimit {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAddressLimit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How much longer the address stays stopped; empty if it may try. */
    @Transactional(readOnly = true)
    Optional<Duration> blockedFor(String address) {
        Instant now = clock.instant();
        List<Instant> recent = jdbc.sql("select failed_at from login_address_failure"
                        + " where address = ? and failed_at > ? order by failed_at desc")
                .params(key(address), Timestamp.from(now.minus(WINDOW)))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        // the address may try again once the MAX_FAILURES-th latest failure has left the window
        return Optional.of(Duration.between(now, recent.get(MAX_FAILURES - 1).plus(WINDOW)));
    }

    /** Each wrong password (for a known name or not) counts; refusals do not, since no password was tried. */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        address(event.getAuthentication()).ifPresent(address -> {
            Instant now = clock.instant();
            jdbc.sql("delete from login_address_failure where failed_at <= ?")
                    .param(Timestamp.from(now.minus(WINDOW)))
                    .update();
            jdbc.sql("insert into login_address_failure (address, failed_at) values (?, ?)")
                    .params(key(address), Timestamp.from(now))
                    .update();
        });
    }

    /** Where a login came from; empty for one that did not come over HTTP. */
    static Optional<String> address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? Optional.of(web.getRemoteAddress())
                : Optional.empty();
    }

    private static String key(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
