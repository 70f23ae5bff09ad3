package cn.nianbao.admin;

import cn.nianbao.agency.Role;
import java.util.Set;

/** A user account as the administration screens list it (never its password hash). */
public record UserRow(
        long id,
        String username,
        String displayName,
        long agencyId,
        String agencyName,
        Set<Role> roles,
        boolean enabled) {}
