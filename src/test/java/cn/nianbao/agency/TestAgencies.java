package cn.nianbao.agency;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh agency with one person per role for each test, so that tests sharing an application context never
 * share a report (an agency has one report per year).
 */
@Component
public class TestAgencies {

    public static final String PASSWORD = "Test@2025pw";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final String passwordHash;

    TestAgencies(AgencyRepository agencies, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.agencies = agencies;
        this.users = users;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    @Transactional
    public TestAgency create() {
        return createBelow(null);
    }

    /** A department below {@code parentId} (a county made by {@link #createCounty}), or at the top when null. */
    @Transactional
    public TestAgency createBelow(Long parentId) {
        return create(parentId, AgencyKind.DEPARTMENT, "局");
    }

    /** A department at the top with a name of the test's choosing (unique per test run: call once per name). */
    @Transactional
    public TestAgency createNamed(String name) {
        return create(null, AgencyKind.DEPARTMENT, name, true);
    }

    private TestAgency create(Long parentId, AgencyKind kind, String nameEnding) {
        return create(parentId, kind, nameEnding, false);
    }

    private TestAgency create(Long parentId, AgencyKind kind, String nameEnding, boolean wholeName) {
        int n = COUNTER.incrementAndGet();
        String code = "t" + n + "-" + Long.toString(System.nanoTime(), 36);
        String name = wholeName ? nameEnding : "测试" + chinese(n) + nameEnding;
        Agency agency = agencies.save(new Agency(code, name, kind, parentId));
        users.save(new AppUser(code + "-handler", "经办" + n, passwordHash, agency, Set.of(Role.HANDLER)));
        users.save(new AppUser(code + "-secrecy", "保密" + n, passwordHash, agency, Set.of(Role.SECRECY_REVIEWER)));
        users.save(new AppUser(code + "-supervisor", "分管" + n, passwordHash, agency, Set.of(Role.SUPERVISOR)));
        users.save(new AppUser(code + "-lead", "主要" + n, passwordHash, agency, Set.of(Role.LEAD)));
        return new TestAgency(
                agency.getId(),
                agency.getName(),
                code + "-handler",
                code + "-secrecy",
                code + "-supervisor",
                code + "-lead");
    }

    /** A county government with one coordinator (主管部门协调员); departments go below it with {@link #createBelow}. */
    @Transactional
    public TestCounty createCounty() {
        int n = COUNTER.incrementAndGet();
        String code = "c" + n + "-" + Long.toString(System.nanoTime(), 36);
        Agency county = agencies.save(new Agency(code, "测试" + chinese(n) + "县人民政府", AgencyKind.GOVERNMENT, null));
        users.save(new AppUser(code + "-coordinator", "协调" + n, passwordHash, county, Set.of(Role.COORDINATOR)));
        return new TestCounty(county.getId(), county.getName(), code + "-coordinator");
    }

    /** A lower government (a township) below {@code parentId}, with one person per role like a department. */
    @Transactional
    public TestAgency createGovernmentBelow(long parentId) {
        return create(parentId, AgencyKind.GOVERNMENT, "镇人民政府");
    }

    /** A handler, secrecy reviewer, supervisor and lead in the county government itself, for its own report. */
    @Transactional
    public TestAgency staffOf(TestCounty county) {
        Agency agency = agencies.findById(county.id()).orElseThrow();
        String code = agency.getCode();
        users.save(new AppUser(code + "-handler", "县经办", passwordHash, agency, Set.of(Role.HANDLER)));
        users.save(new AppUser(code + "-secrecy", "县保密", passwordHash, agency, Set.of(Role.SECRECY_REVIEWER)));
        users.save(new AppUser(code + "-supervisor", "县分管", passwordHash, agency, Set.of(Role.SUPERVISOR)));
        users.save(new AppUser(code + "-lead", "县主要", passwordHash, agency, Set.of(Role.LEAD)));
        return new TestAgency(
                agency.getId(),
                agency.getName(),
                code + "-handler",
                code + "-secrecy",
                code + "-supervisor",
                code + "-lead");
    }

    /** One more person of the agency, e.g. a second reviewer or a handler who also holds a review role. */
    @Transactional
    public String addPerson(TestAgency agency, String suffix, String displayName, Role... roles) {
        String username = agency.handler().replace("-handler", "-" + suffix);
        users.save(new AppUser(
                username,
                displayName,
                passwordHash,
                agencies.findById(agency.id()).orElseThrow(),
                Set.of(roles)));
        return username;
    }

    /** Digits in Chinese, as in a real agency's name (a title line reads 「…局2025年…」, digits would blur it). */
    private static String chinese(int n) {
        StringBuilder out = new StringBuilder();
        for (char digit : String.valueOf(n).toCharArray()) {
            out.append("〇一二三四五六七八九".charAt(digit - '0'));
        }
        return out.toString();
    }

    public record TestCounty(long id, String name, String coordinator) {}

    public record TestAgency(long id, String name, String handler, String secrecy, String supervisor, String lead) {}
}
