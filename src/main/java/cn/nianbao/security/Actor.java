package cn.nianbao.security;

import cn.nianbao.agency.Role;
import java.util.Set;

/** The signed-in person as the services see them: who, in which agency, in which roles. */
public record Actor(long userId, String username, String displayName, long agencyId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
