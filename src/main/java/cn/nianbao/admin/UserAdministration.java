package cn.nianbao.admin;

import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.HandedOverWork;
import cn.nianbao.agency.OpenWorkHandover;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.UserDisabled;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Actor;
import cn.nianbao.security.Passwords;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: the system administrator (系统管理员) opens accounts (without roles: the security administrator gives
 * those), moves them between agencies, resets passwords and disables accounts. A disabled person's open tasks pass to
 * colleagues in the same transaction ({@link OpenWorkHandover}), and the administrator is told where each went.
 */
@Service
@Transactional
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MAX_NAME_LENGTH = 50;

    private final AppUserRepository users;
    private final AgencyRepository agencies;
    private final Passwords passwords;
    private final Administrators administrators;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ObjectProvider<OpenWorkHandover> handover;

    UserAdministration(
            AppUserRepository users,
            AgencyRepository agencies,
            Passwords passwords,
            Administrators administrators,
            ApplicationEventPublisher events,
            AuditTrail audit,
            ObjectProvider<OpenWorkHandover> handover) {
        this.users = users;
        this.agencies = agencies;
        this.passwords = passwords;
        this.administrators = administrators;
        this.events = events;
        this.audit = audit;
        this.handover = handover;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        administrators.require(Role.SYSTEM_ADMIN);
        return rows();
    }

    /** Read by the security administrator to give roles. */
    @Transactional(readOnly = true)
    List<UserRow> rows() {
        return users.findAllWithAgencyAndRoles().stream()
                .map(UserAdministration::row)
                .toList();
    }

    /** A new account with an initial password the person must change at first login. */
    public UserRow create(String username, String displayName, long agencyId, String initialPassword) {
        administrators.require(Role.SYSTEM_ADMIN);
        String cleanUsername = validUsername(username);
        if (users.findByUsername(cleanUsername).isPresent()) {
            throw new AdministrationException("用户名「" + cleanUsername + "」已被使用。");
        }
        AppUser user = new AppUser(cleanUsername, validName(displayName), "", requireAgency(agencyId), Set.of());
        passwords.setByAdministrator(user, initialPassword);
        UserRow created = row(user);
        audit.record(AuditAction.USER_CHANGED, cleanUsername, "新建账号", null, created.audited());
        return created;
    }

    /** Name and agency; phone and e-mail stay as they were. */
    public UserRow update(long userId, String displayName, long agencyId) {
        AppUser user = users.findById(userId).orElse(null);
        return update(
                userId,
                displayName,
                agencyId,
                user == null ? null : user.getPhone(),
                user == null ? null : user.getEmail());
    }

    /** Name, agency, phone and e-mail (both optional), each checked before anything is changed. */
    public UserRow update(long userId, String displayName, long agencyId, String phone, String email) {
        administrators.require(Role.SYSTEM_ADMIN);
        AppUser user = requireUser(userId);
        String name = validName(displayName);
        Agency agency = requireAgency(agencyId);
        String cleanPhone = Contacts.phone(phone);
        String cleanEmail = Contacts.email(email);
        String before = row(user).audited();
        user.rename(name);
        user.moveTo(agency);
        user.changeContact(cleanPhone, cleanEmail);
        UserRow after = row(user);
        if (!after.audited().equals(before)) {
            audit.record(AuditAction.USER_CHANGED, user.getUsername(), "修改账号", before, after.audited());
        }
        return after;
    }

    public void resetPassword(long userId, String newPassword) {
        administrators.require(Role.SYSTEM_ADMIN);
        AppUser user = requireUser(userId);
        passwords.setByAdministrator(user, newPassword);
        audit.record(AuditAction.USER_CHANGED, user.getUsername(), "重置密码（下次登录须修改）");
    }

    /** Disables the account and passes its open tasks on; returns where each went (or why nobody could take it). */
    public List<HandedOverWork> disable(long userId) {
        Actor actor = administrators.require(Role.SYSTEM_ADMIN);
        AppUser user = requireUser(userId);
        if (user.getId() == actor.userId()) {
            throw new AdministrationException("不能停用自己的账号。");
        }
        if (!user.isEnabled()) {
            return List.of();
        }
        user.setEnabled(false);
        audit.record(AuditAction.USER_CHANGED, user.getUsername(), "停用账号", "正常", "已停用");
        UserDisabled disabled = new UserDisabled(
                user.getId(), user.getUsername(), user.getAgency().getId());
        users.flush(); // the hand-over reads the agency's enabled people, this account no longer among them
        List<HandedOverWork> work = handover.orderedStream()
                .flatMap(h -> h.handOver(disabled).stream())
                .toList();
        events.publishEvent(disabled);
        return work;
    }

    public void enable(long userId) {
        administrators.require(Role.SYSTEM_ADMIN);
        AppUser user = requireUser(userId);
        if (!user.isEnabled()) {
            user.setEnabled(true);
            audit.record(AuditAction.USER_CHANGED, user.getUsername(), "启用账号", "已停用", "正常");
        }
    }

    private AppUser requireUser(long userId) {
        return users.findById(userId).orElseThrow(() -> new AdministrationException("用户不存在。"));
    }

    private Agency requireAgency(long agencyId) {
        return agencies.findById(agencyId).orElseThrow(() -> new AdministrationException("所属机关不存在，请重新选择。"));
    }

    static String validUsername(String username) {
        String clean = username == null ? "" : username.strip();
        if (!USERNAME.matcher(clean).matches()) {
            throw new AdministrationException("用户名须为 2 到 64 位小写字母、数字或 . _ -，以字母或数字开头。");
        }
        return clean;
    }

    static String validName(String name) {
        return Names.require("姓名", name, MAX_NAME_LENGTH);
    }

    static UserRow row(AppUser user) {
        return row(user, null);
    }

    static UserRow row(AppUser user, java.time.Instant lockedUntil) {
        return new UserRow(
                user.getId() == null ? 0 : user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getAgency().getId(),
                user.getAgency().getName(),
                user.getRoles(),
                user.isEnabled(),
                user.getPhone(),
                user.getEmail(),
                lockedUntil);
    }
}
