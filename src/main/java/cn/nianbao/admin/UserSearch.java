package cn.nianbao.admin;

import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.security.LoginLocks;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理's list over thousands of accounts: one page at a time with its count, searched by user name, name or
 * agency (name or code), each account's lock by failed logins shown, and 解锁 (系统管理员 only, audited).
 */
@Service
@Transactional(readOnly = true)
public class UserSearch {

    /** No screen asks for more at once; a larger request is cut to this. */
    static final int MAX_PAGE = Pages.MAX_PAGE;

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);

    private final AppUserRepository users;
    private final LoginLocks locks;
    private final Administrators administrators;
    private final AuditTrail audit;

    UserSearch(AppUserRepository users, LoginLocks locks, Administrators administrators, AuditTrail audit) {
        this.users = users;
        this.locks = locks;
        this.administrators = administrators;
        this.audit = audit;
    }

    /** The accounts from {@code offset} on (by user name), at most {@code limit}, with their locks. */
    public List<UserRow> page(String text, int offset, int limit) {
        administrators.require(Role.SYSTEM_ADMIN);
        List<AppUser> rows = Pages.slice(offset, limit, request -> users.findPage(pattern(text), request));
        Map<String, Instant> locked =
                locks.lockedUntil(rows.stream().map(AppUser::getUsername).toList());
        return rows.stream()
                .map(user -> UserAdministration.row(user, locked.get(user.getUsername())))
                .toList();
    }

    public int count(String text) {
        administrators.require(Role.SYSTEM_ADMIN);
        return Math.toIntExact(users.countMatching(pattern(text)));
    }

    /** Lifts a lock set by failed logins; refused when the account is not locked (nothing to audit then). */
    @Transactional
    public void unlock(long userId) {
        administrators.require(Role.SYSTEM_ADMIN);
        AppUser user = users.findById(userId).orElseThrow(() -> new AdministrationException("用户不存在。"));
        Instant until = locks.lockedUntil(List.of(user.getUsername())).get(user.getUsername());
        if (until == null || !locks.unlock(user.getUsername())) {
            throw new AdministrationException("账号「" + user.getUsername() + "」未被锁定，无需解锁。");
        }
        audit.record(AuditAction.USER_CHANGED, user.getUsername(), "解锁账号（连续登录失败锁定）", "已锁定至 " + lockTime(until), "正常");
    }

    /** A lock's end as the screen and the audit trail show it, in China's time. */
    public static String lockTime(Instant until) {
        return LOCK_TIME.format(until.atZone(ChinaTime.ZONE));
    }

    /** {@code %text%} in lower case with LIKE's wildcards escaped; empty for no filter. */
    static String pattern(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return "";
        }
        return "%" + clean.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
