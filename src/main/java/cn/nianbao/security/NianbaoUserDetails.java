package cn.nianbao.security;

import cn.nianbao.agency.AppUser;
import cn.nianbao.audit.AuditedPrincipal;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a person; carries the {@link Actor} so services need no database lookup per call. */
final class NianbaoUserDetails implements UserDetails, AuditedPrincipal {

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;

    NianbaoUserDetails(AppUser user) {
        this.actor = new Actor(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getAgency().getId(),
                user.getRoles());
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
    }

    Actor actor() {
        return actor;
    }

    @Override
    public String displayName() {
        return actor.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).toList();
    }
}
