package cn.nianbao.audit;

import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People whom the tests need besides an agency's chain: a 审计管理员 and a 系统管理员 of a fresh agency. */
@Component
class Auditors {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    Auditors(AgencyRepository agencies, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.agencies = agencies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    String create(Role role) {
        String code = "audit" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        Agency agency = agencies.save(new Agency(code, "审计测试机关" + code));
        String username = code + "-" + role.name().toLowerCase();
        users.save(new AppUser(
                username,
                role.label() + COUNTER.get(),
                passwordEncoder.encode(TestAgencies.PASSWORD),
                agency,
                Set.of(role)));
        return username;
    }

    String auditor() {
        return create(Role.AUDIT_ADMIN);
    }
}
