package cn.nianbao.admin;

import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 角色分配: the security administrator (安全管理员) gives people their roles. 三员分立: an administrator role is held
 * alone, by a person with no other role; and nobody changes their own roles. The people are searched and paged.
 */
@Service
@Transactional
public class RoleAdministration {

    private final AppUserRepository users;
    private final UserAdministration userAdministration;
    private final Administrators administrators;
    private final AuditTrail audit;

    RoleAdministration(
            AppUserRepository users,
            UserAdministration userAdministration,
            Administrators administrators,
            AuditTrail audit) {
        this.users = users;
        this.userAdministration = userAdministration;
        this.administrators = administrators;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        administrators.require(Role.SECURITY_ADMIN);
        return userAdministration.rows();
    }

    /**
     * One page of the people (by user name) whose user name, name or agency (name or code) contains {@code text},
     * for 角色分配 over thousands of accounts.
     */
    @Transactional(readOnly = true)
    public List<UserRow> page(String text, int offset, int limit) {
        administrators.require(Role.SECURITY_ADMIN);
        return Pages.slice(offset, limit, request -> users.findPage(UserSearch.pattern(text), request)).stream()
                .map(UserAdministration::row)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(String text) {
        administrators.require(Role.SECURITY_ADMIN);
        return Math.toIntExact(users.countMatching(UserSearch.pattern(text)));
    }

    public UserRow assign(long userId, Set<Role> roles) {
        Actor actor = administrators.require(Role.SECURITY_ADMIN);
        AppUser user = users.findById(userId).orElseThrow(() -> new AdministrationException("用户不存在。"));
        if (user.getId() == actor.userId()) {
            throw new AdministrationException("不能修改自己的角色。");
        }
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        long administratorRoles = chosen.stream().filter(Role::isAdministrator).count();
        if (administratorRoles > 0 && chosen.size() > 1) {
            throw new AdministrationException("三员分立：系统管理员、安全管理员、审计管理员只能单独担任，不能与其他角色兼任。");
        }
        String before = labels(user.getRoles());
        user.replaceRoles(chosen);
        audit.record(AuditAction.ROLE_CHANGED, user.getUsername(), before, labels(chosen));
        return UserAdministration.row(user);
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }
}
