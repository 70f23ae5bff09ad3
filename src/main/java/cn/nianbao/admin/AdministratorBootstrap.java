package cn.nianbao.admin;

import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.security.PasswordRejectedException;
import cn.nianbao.security.Passwords;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile no account exists until this creates the three administrators (三员分立: sysadmin,
 * secadmin, auditadmin) with the initial password the operator configured ({@code NIANBAO_ADMIN_INITIAL_PASSWORD});
 * each must change it at first login. Without that setting, a system that has no administrator yet refuses to start:
 * there is no default credential to fall back on.
 */
@EnableConfigurationProperties(AdminSettings.class)
@Component
@Profile("!demo")
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    static final Map<String, Role> ACCOUNTS = Map.of(
            "sysadmin", Role.SYSTEM_ADMIN,
            "secadmin", Role.SECURITY_ADMIN,
            "auditadmin", Role.AUDIT_ADMIN);

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final String initialPassword;
    private final String rootAgencyName;

    AdministratorBootstrap(
            AgencyRepository agencies, AppUserRepository users, Passwords passwords, AdminSettings settings) {
        this.agencies = agencies;
        this.users = users;
        this.passwords = passwords;
        this.initialPassword = settings.initialPassword();
        this.rootAgencyName = settings.rootAgencyName();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (ACCOUNTS.keySet().stream()
                .anyMatch(name -> users.findByUsername(name).isPresent())) {
            return;
        }
        if (initialPassword.isBlank()) {
            throw new IllegalStateException("Nianbao 拒绝启动：系统中还没有管理员账号，且未配置初始管理员密码。"
                    + "请设置环境变量 NIANBAO_ADMIN_INITIAL_PASSWORD（或属性 nianbao.admin.initial-password）后重新启动；"
                    + "首次登录后必须修改。 Refusing to start: no administrator exists and no initial administrator "
                    + "password is configured (NIANBAO_ADMIN_INITIAL_PASSWORD).");
        }
        Agency root = agencies.findAll().stream()
                .filter(a -> a.getParentId() == null)
                .findFirst()
                .orElseGet(() -> agencies.save(new Agency("root", rootAgencyName, AgencyKind.GOVERNMENT, null)));
        ACCOUNTS.forEach((username, role) -> {
            AppUser user = new AppUser(username, role.label(), "", root, Set.of(role));
            try {
                passwords.setByAdministrator(user, initialPassword);
            } catch (PasswordRejectedException rejected) {
                throw new IllegalStateException("Nianbao 拒绝启动：初始管理员密码不符合密码策略：" + rejected.getMessage(), rejected);
            }
        });
    }
}
