package cn.nianbao.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Runs test code as a named demo user, exactly as a logged-in request would see it. */
@Component
public class Logins {

    private final NianbaoUserDetailsService users;
    private final Map<String, UserDetails> kept = new ConcurrentHashMap<>();
    private volatile boolean keepSignIns;

    Logins(NianbaoUserDetailsService users) {
        this.users = users;
    }

    public void login(String username) {
        UserDetails details = keepSignIns
                ? kept.computeIfAbsent(username, users::loadUserByUsername)
                : users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /**
     * While on, each person is looked up once and stays signed in, as a browser session keeps its user between
     * clicks: the benchmarks time the click, not a sign-in per click. Off (the default) reads the user every time.
     */
    public void keepSignIns(boolean on) {
        keepSignIns = on;
        kept.clear();
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Runs as that user, then restores whoever was logged in before (calls may nest). */
    public <T> T as(String username, Supplier<T> action) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        login(username);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
