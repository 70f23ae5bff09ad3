package cn.nianbao.security;

import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.security.SsoRefusedException.Reason;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The existing account a name vouched for by 统一身份认证 belongs to, as a password login would have it; never creates
 * one. Refused: a name no account has, a disabled account, the 三员 (they keep to the local password, so that the
 * system can be run when the provider is down and no outsider's account can become an administrator), and a name
 * that failed passwords have locked. The lockout counts only passwords: a refused single sign-on moves no counter.
 */
@Component
class SsoAccounts {

    private final AppUserRepository users;
    private final LoginAttempts attempts;

    SsoAccounts(AppUserRepository users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    NianbaoUserDetails accountFor(String username) {
        if (username == null || username.isBlank()) {
            throw new SsoRefusedException(Reason.NO_NAME, "");
        }
        AppUser user =
                users.findByUsername(username).orElseThrow(() -> new SsoRefusedException(Reason.UNKNOWN, username));
        if (!user.isEnabled()) {
            throw new SsoRefusedException(Reason.DISABLED, username);
        }
        if (user.getRoles().stream().anyMatch(Role::isAdministrator)) {
            throw new SsoRefusedException(Reason.ADMINISTRATOR, username);
        }
        if (attempts.lockedFor(username).isPresent()) {
            throw new SsoRefusedException(Reason.LOCKED, username);
        }
        return new NianbaoUserDetails(user);
    }
}
