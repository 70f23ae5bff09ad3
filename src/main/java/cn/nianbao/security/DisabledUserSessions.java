package cn.nianbao.security;

import cn.nianbao.agency.UserDisabled;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A disabled account is out at once, not when its session times out: once the disabling commits, its sessions are
 * expired, and their next request lands on the login page (where the account can no longer sign in).
 */
@Component
class DisabledUserSessions {

    private final SessionRegistry registry;

    DisabledUserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void endSessionsOf(UserDisabled disabled) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails user && user.getUsername().equals(disabled.username()))
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
