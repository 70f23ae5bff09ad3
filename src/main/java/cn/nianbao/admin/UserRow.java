package cn.nianbao.admin;

import cn.nianbao.agency.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A user account as the administration screens list it (never its password hash). {@code lockedUntil}: until when
 * failed logins keep it locked, null when it is not locked (or not read, as for the roles screen).
 */
public record UserRow(
        long id,
        String username,
        String displayName,
        long agencyId,
        String agencyName,
        Set<Role> roles,
        boolean enabled,
        String phone,
        String email,
        Instant lockedUntil) {

    public boolean locked() {
        return lockedUntil != null;
    }

    /** What the audit trail keeps of the account: no lock state, which changes by itself. */
    String audited() {
        return "UserRow[username=" + username + ", displayName=" + displayName + ", agency=" + agencyName + ", phone="
                + phone + ", email=" + email + ", enabled=" + enabled + "]";
    }
}
