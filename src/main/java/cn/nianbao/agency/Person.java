package cn.nianbao.agency;

import java.util.Set;

/** A person of an agency as other modules see them: whom a task may be handed or a report copied to. */
public record Person(String username, String displayName, long agencyId, Set<Role> roles) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
