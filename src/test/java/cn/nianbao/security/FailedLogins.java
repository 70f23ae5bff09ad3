package cn.nianbao.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Wrong passwords typed at the login's own authentication manager, as often as it takes to lock a name. */
@Component
public class FailedLogins {

    private final AuthenticationConfiguration authentication;

    FailedLogins(AuthenticationConfiguration authentication) {
        this.authentication = authentication;
    }

    public void lock(String username) {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            try {
                authentication
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-" + i));
                throw new IllegalStateException("a wrong password was accepted");
            } catch (AuthenticationException expected) {
                // counted
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Whether the right password is refused now because of the lock. */
    public boolean isLocked(String username, String password) {
        try {
            authentication
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return false;
        } catch (org.springframework.security.authentication.LockedException locked) {
            return true;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
