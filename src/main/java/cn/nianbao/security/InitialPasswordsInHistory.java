package cn.nianbao.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts created without {@link Passwords} (the demo users, whose password is public) get their current password
 * into the history once the application is up, so that a reset cannot bring that password back.
 */
@Component
class InitialPasswordsInHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    InitialPasswordsInHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recordMissing() {
        jdbc.sql("insert into password_history (user_id, password_hash, created_at) "
                        + "select u.id, u.password_hash, ? from app_user u where u.password_hash <> '' "
                        + "and not exists (select 1 from password_history h where h.user_id = u.id)")
                .param(Timestamp.from(clock.instant()))
                .update();
    }
}
