package cn.nianbao.agency;

import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county 温县: its government (with the coordinator of its office) above 温县科学技术局, which has one person per
 * role of the chain, and 温县教育局, to show that tasks stay within their agency. Only in the {@code demo} profile (the default when nothing else is chosen): these passwords are public.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Nianbao@2025";

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoData(AgencyRepository agencies, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.agencies = agencies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (agencies.findByCode("wenxian-kjj").isPresent()) {
            return;
        }
        Agency county = agencies.save(new Agency("wenxian", "温县人民政府", AgencyKind.GOVERNMENT, null));
        Agency kejiju = agencies.save(new Agency("wenxian-kjj", "温县科学技术局", AgencyKind.DEPARTMENT, county.getId()));
        Agency jiaoyuju = agencies.save(new Agency("wenxian-jyj", "温县教育局", AgencyKind.DEPARTMENT, county.getId()));
        String hash = passwordEncoder.encode(PASSWORD);
        users.save(new AppUser("xietiao", "刘洋", hash, county, Set.of(Role.COORDINATOR)));
        users.save(new AppUser("sysadmin", "孙立（系统管理员）", hash, county, Set.of(Role.SYSTEM_ADMIN)));
        users.save(new AppUser("secadmin", "钱程（安全管理员）", hash, county, Set.of(Role.SECURITY_ADMIN)));
        users.save(new AppUser("auditadmin", "吴敏（审计管理员）", hash, county, Set.of(Role.AUDIT_ADMIN)));
        users.save(new AppUser("jingban", "张明", hash, kejiju, Set.of(Role.HANDLER)));
        users.save(new AppUser("baomi", "李华", hash, kejiju, Set.of(Role.SECRECY_REVIEWER)));
        users.save(new AppUser("fenguan", "王强", hash, kejiju, Set.of(Role.SUPERVISOR)));
        users.save(new AppUser("zhuyao", "赵刚", hash, kejiju, Set.of(Role.LEAD)));
        // a second handler and reviewer, so that 分工起草, 转办 and 认领 can be tried without creating users
        users.save(new AppUser("jingban2", "刘芳", hash, kejiju, Set.of(Role.HANDLER)));
        users.save(new AppUser("baomi2", "何静", hash, kejiju, Set.of(Role.SECRECY_REVIEWER)));
        // and a second supervisor: the 分管领导审核 offered to both, one takes it (认领) or hands it on (转办)
        users.save(new AppUser("fenguan2", "孙悦", hash, kejiju, Set.of(Role.SUPERVISOR)));
        // the county government's own chain, so that its report (汇总 of the departments) can be tried
        users.save(new AppUser("zf-jingban", "黄磊", hash, county, Set.of(Role.HANDLER)));
        users.save(new AppUser("zf-baomi", "杨柳", hash, county, Set.of(Role.SECRECY_REVIEWER)));
        users.save(new AppUser("zf-fenguan", "郑伟", hash, county, Set.of(Role.SUPERVISOR)));
        users.save(new AppUser("zf-zhuyao", "冯军", hash, county, Set.of(Role.LEAD)));
        users.save(new AppUser("jy-jingban", "陈静", hash, jiaoyuju, Set.of(Role.HANDLER)));
        users.save(new AppUser("jy-baomi", "周平", hash, jiaoyuju, Set.of(Role.SECRECY_REVIEWER)));
    }
}
