package cn.nianbao.security;

import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting and changing passwords under the policy: a person changes their own (knowing the current one); an
 * administrator sets one for a new account or a reset, which the person must change at their next login. The
 * policy itself is the security administrator's (安全管理员).
 */
@Service
@Transactional
public class Passwords {

    private static final AuditAction POLICY_CHANGED = new AuditAction("PASSWORD_POLICY_CHANGED", "密码策略变更");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final AuditTrail audit;

    Passwords(
            AppUserRepository users,
            PasswordEncoder encoder,
            JdbcClient jdbc,
            CurrentActor currentActor,
            Clock clock,
            AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PasswordPolicy policy() {
        return jdbc.sql("select min_length, min_classes, history_size from password_policy where id = 1")
                .query((rs, n) -> new PasswordPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    public void updatePolicy(PasswordPolicy policy) {
        Actor actor = currentActor.require(Role.SECURITY_ADMIN, "只有安全管理员可以修改密码策略。");
        List<String> problems = policy.problemsOfSetting();
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(String.join("", problems));
        }
        PasswordPolicy before = policy();
        jdbc.sql("update password_policy set min_length = ?, min_classes = ?, history_size = ?, updated_by = ?, "
                        + "updated_at = ? where id = 1")
                .params(policy.minLength(), policy.minClasses(), policy.historySize(), actor.username(), now())
                .update();
        audit.record(POLICY_CHANGED, "password_policy", before.toString(), policy.toString());
    }

    @Transactional(readOnly = true)
    public boolean mustChange(long userId) {
        return users.findById(userId).map(AppUser::isMustChangePassword).orElse(false);
    }

    /** The signed-in person replaces their password; the current one proves it is them. */
    public void changeOwn(String currentPassword, String newPassword) {
        AppUser user = users.findById(currentActor.require().userId()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new PasswordRejectedException("当前密码不正确。");
        }
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new PasswordRejectedException("新密码不能与当前密码相同。");
        }
        apply(user, newPassword, true);
        audit.record(AuditAction.USER_CHANGED, user.getUsername(), "本人修改密码");
    }

    /**
     * A password chosen by an administrator for a new account or a reset: it meets the policy, and the person must
     * replace it at their next login. The caller checks that the administrator may do this.
     */
    public void setByAdministrator(AppUser user, String newPassword) {
        apply(user, newPassword, false);
    }

    /**
     * One initial password for many new accounts (the Excel import), each to be changed at first login: checked
     * against the policy for every user name, hashed once (hashing is slow on purpose; thousands of hashes of the same
     * password would take minutes and protect nothing more, since the administrator hands out one password). The
     * accounts are saved here. The caller checks that the administrator may do this.
     */
    public void setInitialForAll(List<AppUser> newUsers, String initialPassword) {
        PasswordPolicy policy = policy();
        String candidate = initialPassword == null ? "" : initialPassword;
        for (AppUser user : newUsers) {
            List<String> problems = policy.problemsOf(user.getUsername(), candidate);
            if (!problems.isEmpty()) {
                throw new PasswordRejectedException("初始密码：" + String.join("", problems)
                        + (problems.stream().anyMatch(p -> p.contains("用户名"))
                                ? "（用户名 " + user.getUsername() + "）"
                                : ""));
            }
        }
        String hash = encoder.encode(candidate);
        Timestamp now = now();
        for (AppUser user : newUsers) {
            user.changePassword(hash, false);
            AppUser saved = users.save(user);
            jdbc.sql("insert into password_history (user_id, password_hash, created_at) values (?, ?, ?)")
                    .params(saved.getId(), hash, now)
                    .update();
        }
    }

    private void apply(AppUser user, String newPassword, boolean chosenByUser) {
        PasswordPolicy policy = policy();
        String candidate = newPassword == null ? "" : newPassword;
        List<String> problems = policy.problemsOf(user.getUsername(), candidate);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(String.join("", problems));
        }
        if (user.getId() != null && recentlyUsed(user.getId(), candidate, policy.historySize())) {
            throw new PasswordRejectedException("新密码不能与最近 " + policy.historySize() + " 次使用过的密码相同。");
        }
        String hash = encoder.encode(candidate);
        user.changePassword(hash, chosenByUser);
        AppUser saved = users.save(user);
        jdbc.sql("insert into password_history (user_id, password_hash, created_at) values (?, ?, ?)")
                .params(saved.getId(), hash, now())
                .update();
    }

    private boolean recentlyUsed(long userId, String candidate, int historySize) {
        List<String> recent = jdbc.sql("select password_hash from password_history where user_id = ? "
                        + "order by id desc limit " + historySize)
                .param(userId)
                .query(String.class)
                .list();
        return recent.stream().anyMatch(hash -> encoder.matches(candidate, hash));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
