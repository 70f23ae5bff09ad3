package cn.nianbao.sql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.admin.RoleAdministration;
import cn.nianbao.admin.UserRow;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.security.Logins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 角色分配 over 5,000 accounts and 机关管理 over 3,000 agencies: the count and the grid's first page of 50, opened
 * and searched, stay within {@link SqlBudget#ROLE_ADMIN_PAGE} and {@link SqlBudget#AGENCY_ADMIN_PAGE} and never
 * read every row.
 */
@NianbaoTest
@Import(SqlCounting.class)
class AdminListsSqlBudgetTest {

    private static final int GRID_PAGE = 50;

    @Autowired
    StatementCounter sql;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    RoleAdministration roles;

    @Autowired
    AgencyAdministration agencies;

    @Autowired
    Logins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void role_assignment_over_five_thousand_accounts_reads_one_page() {
        long agencyId = testAgencies.create().id();
        String prefix = "roles" + System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        IntStream.range(0, 5000)
                .forEach(i -> rows.add(new Object[] {prefix + "-" + i, "角色人员" + i, "{noop}x", agencyId, true}));
        jdbc.batchUpdate(
                "insert into app_user (username, display_name, password_hash, agency_id, enabled) values (?, ?, ?, ?, ?)",
                rows);
        for (String text : List.of("", prefix)) {
            AtomicReference<List<UserRow>> page = new AtomicReference<>();
            AtomicReference<Integer> count = new AtomicReference<>();
            List<String> statements = logins.as(
                    "secadmin",
                    () -> sql.during(() -> {
                        count.set(roles.count(text));
                        page.set(roles.page(text, 0, GRID_PAGE));
                    }));
            assertThat(count.get()).isGreaterThanOrEqualTo(5000);
            assertThat(page.get()).hasSize(GRID_PAGE);
            assertWithin("角色分配", statements, SqlBudget.ROLE_ADMIN_PAGE);
        }
    }

    @Test
    void agency_administration_over_three_thousand_agencies_reads_one_page_with_its_parents() {
        TestCounty county = testAgencies.createCounty();
        String prefix = "agency" + System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        IntStream.range(0, 3000)
                .forEach(i -> rows.add(new Object[] {prefix + "-" + i, "批量机关" + i, "DEPARTMENT", county.id()}));
        jdbc.batchUpdate("insert into agency (code, name, kind, parent_id) values (?, ?, ?, ?)", rows);
        for (String text : List.of("", prefix)) {
            AtomicReference<List<AgencyRow>> page = new AtomicReference<>();
            AtomicReference<Integer> count = new AtomicReference<>();
            AtomicReference<Map<Long, String>> parents = new AtomicReference<>();
            List<String> statements = logins.as(
                    "sysadmin",
                    () -> sql.during(() -> {
                        count.set(agencies.count(text));
                        page.set(agencies.page(text, 0, GRID_PAGE));
                        parents.set(agencies.namesOf(page.get().stream()
                                .map(AgencyRow::parentId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
                    }));
            assertThat(count.get()).isGreaterThanOrEqualTo(3000);
            assertThat(page.get()).hasSize(GRID_PAGE);
            assertThat(parents.get()).containsValue(county.name());
            assertWithin("机关管理", statements, SqlBudget.AGENCY_ADMIN_PAGE);
        }
    }

    private static void assertWithin(String screen, List<String> statements, SqlBudget budget) {
        assertThat(statements.size())
                .as("%s sent %d SQL statements:%n  %s", screen, statements.size(), String.join("\n  ", statements))
                .isLessThanOrEqualTo(budget.statements);
    }
}
