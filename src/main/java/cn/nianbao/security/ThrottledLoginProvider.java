package cn.nianbao.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The login: first the two refusals that need no password (an address that failed too often, a locked name), then
 * the password check. Both refusals come before the name is looked up or any password hashed, the same way whether
 * an account has the name or not, so neither the text nor the time taken tells which accounts exist, and a stopped
 * address moves no name's counter.
 */
final class ThrottledLoginProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAddressLimit addresses;
    private final LoginAttempts names;

    ThrottledLoginProvider(AuthenticationProvider passwords, LoginAddressLimit addresses, LoginAttempts names) {
        this.passwords = passwords;
        this.addresses = addresses;
        this.names = names;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Optional<Duration> blocked = LoginAddressLimit.address(attempt).flatMap(addresses::blockedFor);
        if (blocked.isPresent()) {
            throw LoginRefusedException.addressBlocked(blocked.get());
        }
        Optional<Duration> locked = names.lockedFor(attempt.getName());
        if (locked.isPresent()) {
            throw LoginRefusedException.nameLocked(locked.get());
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
