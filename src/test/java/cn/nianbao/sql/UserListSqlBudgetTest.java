package cn.nianbao.sql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.UserRow;
import cn.nianbao.admin.UserSearch;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 用户管理 over 5,000 accounts: what the screen asks for when it opens and when a search is typed (the count and
 * the grid's first page of 50; the forms' agency boxes fetch a page only when opened) stays within {@link SqlBudget#USER_ADMIN_PAGE}, and never
 * reads every account.
 */
@NianbaoTest
@Import(SqlCounting.class)
class UserListSqlBudgetTest {

    private static final int GRID_PAGE = 50;

    @Autowired
    StatementCounter sql;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    UserSearch search;

    @Autowired
    AgencyAdministration agencies;

    @Autowired
    Logins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void opening_and_searching_five_thousand_accounts_sends_a_bounded_number_of_statements() {
        TestAgency agency = testAgencies.create();
        String prefix = "bulk" + System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        IntStream.range(0, 5000)
                .forEach(i -> rows.add(new Object[] {prefix + "-" + i, "批量人员" + i, "{noop}x", agency.id(), true}));
        jdbc.batchUpdate(
                "insert into app_user (username, display_name, password_hash, agency_id, enabled) values (?, ?, ?, ?, ?)",
                rows);
        AtomicReference<List<UserRow>> page = new AtomicReference<>();
        AtomicReference<Integer> count = new AtomicReference<>();

        List<String> opened = logins.as(
                "sysadmin",
                () -> sql.during(() -> {
                    count.set(search.count(""));
                    page.set(search.page("", 0, GRID_PAGE));
                }));
        assertThat(count.get()).isGreaterThan(5000);
        assertThat(page.get()).hasSize(GRID_PAGE);
        assertWithin(opened);

        List<String> searched = logins.as(
                "sysadmin",
                () -> sql.during(() -> {
                    count.set(search.count(prefix));
                    page.set(search.page(prefix, 0, GRID_PAGE));
                }));
        assertThat(count.get()).isEqualTo(5000);
        assertThat(page.get())
                .hasSize(GRID_PAGE)
                .allSatisfy(row -> assertThat(row.username()).startsWith(prefix));
        assertWithin(searched);
    }

    private static void assertWithin(List<String> statements) {
        assertThat(statements.size())
                .as("用户管理 sent %d SQL statements:%n  %s", statements.size(), String.join("\n  ", statements))
                .isLessThanOrEqualTo(SqlBudget.USER_ADMIN_PAGE.statements);
    }
}
