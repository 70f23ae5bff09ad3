package cn.nianbao.agency;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts a test agency below a fresh government with a coordinator, and makes administrators, for deadline tests. */
@Component
public class TestAgencyTree {

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final JdbcTemplate jdbc;

    TestAgencyTree(AgencyRepository agencies, AppUserRepository users, JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A government above {@code agencyId}; returns the user name of its coordinator. */
    @Transactional
    public String governmentAbove(long agencyId) {
        String code = "gov-" + Long.toString(System.nanoTime(), 36);
        Agency government = agencies.save(new Agency(code, "测试县人民政府", AgencyKind.GOVERNMENT, null));
        users.save(new AppUser(code + "-coordinator", "协调员" + code, "-", government, Set.of(Role.COORDINATOR)));
        jdbc.update("update agency set parent_id = ? where id = ?", government.getId(), agencyId);
        return code + "-coordinator";
    }

    /** A person with {@code role} in {@code agencyId}; returns the user name. */
    @Transactional
    public String person(long agencyId, Role role) {
        String username = role.name().toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
        users.save(new AppUser(username, role.label(), "-", agencies.findById(agencyId).orElseThrow(), Set.of(role)));
        return username;
    }
}
