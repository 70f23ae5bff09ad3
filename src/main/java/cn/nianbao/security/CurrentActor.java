package cn.nianbao.security;

import cn.nianbao.agency.Role;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person on whose behalf the current request runs; services ask here rather than trusting their caller. */
@Component
public class CurrentActor {

    private final NianbaoUserDetailsService userDetailsService;

    CurrentActor(NianbaoUserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof NianbaoUserDetails details) {
            return Optional.of(details.actor());
        }
        if (authentication.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails other) {
            return Optional.of(
                    ((NianbaoUserDetails) userDetailsService.loadUserByUsername(other.getUsername())).actor());
        }
        return Optional.empty();
    }

    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    /** The signed-in person, who must hold {@code role}; else refused with {@code refusal} (what they may not do). */
    public Actor require(Role role, String refusal) {
        Actor actor = require();
        if (!actor.has(role)) {
            throw new AccessDeniedException(refusal);
        }
        return actor;
    }
}
