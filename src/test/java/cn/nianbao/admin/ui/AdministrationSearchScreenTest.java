package cn.nianbao.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.admin.UserRow;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 角色分配 and 机关管理 searched: by user name, name or agency code; by agency name or code, with the 上级机关. */
class AdministrationSearchScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_security_administrator_finds_people_by_agency_code_user_name_and_name() {
        TestAgency agency = testAgencies.create();
        TestAgency other = testAgencies.create();
        String code = agencies.findById(agency.id()).orElseThrow().getCode();
        // a person whose user name and name do not contain the code: found by the agency's code alone
        String plain = "p" + System.nanoTime();
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, agency_id, enabled) values (?, ?, ?, ?, ?)",
                plain,
                "无代码人员",
                "{noop}x",
                agency.id(),
                true);
        login("secadmin");
        UI.getCurrent().navigate(RolesView.class);

        search("role-user-search", code.toUpperCase());
        List<String> found = rows(roleUsers(), UserRow::username);
        assertThat(found)
                .contains(plain, agency.handler(), agency.secrecy(), agency.supervisor(), agency.lead())
                .doesNotContain(other.handler());
        assertThat(rows(roleUsers(), UserRow::agencyName)).containsOnly(agency.name());

        search("role-user-search", other.lead());
        assertThat(rows(roleUsers(), UserRow::username)).containsExactly(other.lead());

        String name = rows(roleUsers(), UserRow::displayName).getFirst();
        search("role-user-search", "");
        assertThat(GridKt._size(roleUsers())).as("all accounts again").isGreaterThan(found.size());
        search("role-user-search", name);
        assertThat(rows(roleUsers(), UserRow::displayName)).isNotEmpty().allMatch(n -> n.contains(name));

        search("role-user-search", "没有这个人" + System.nanoTime());
        assertThat(GridKt._size(roleUsers())).isZero();
    }

    @Test
    void the_system_administrator_finds_agencies_by_code_and_name_and_sees_their_parent() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        String code = agencies.findById(department.id()).orElseThrow().getCode();
        login("sysadmin");
        UI.getCurrent().navigate(AgenciesView.class);

        search("agency-search", code);
        assertThat(rows(agencyList(), l -> l.agency().code() + " " + l.agency().name() + " " + l.parentName()))
                .containsExactly(code + " " + department.name() + " " + county.name());

        search("agency-search", county.name());
        assertThat(rows(agencyList(), l -> l.agency().name()))
                .contains(county.name())
                .allMatch(n -> n.contains(county.name()));

        search("agency-search", "没有这个机关" + System.nanoTime());
        assertThat(GridKt._size(agencyList())).isZero();
    }

    private static void search(String id, String text) {
        type(_get(TextField.class, spec -> spec.withId(id)), text);
    }

    private static <T> List<String> rows(Grid<T> grid, Function<T, String> text) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> text.apply(GridKt._get(grid, i)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserRow> roleUsers() {
        return _get(Grid.class, spec -> spec.withId("role-users"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgenciesView.Listed> agencyList() {
        return _get(Grid.class, spec -> spec.withId("agencies"));
    }
}
