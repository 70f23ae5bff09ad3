package cn.nianbao.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.admin.UserRow;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdministrationScreensTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    AppUserRepository users;

    @Test
    void
            the_system_administrator_opens_an_account_on_the_users_screen_and_the_security_administrator_gives_it_a_role() {
        TestAgency agency = testAgencies.create();
        String username = agency.handler() + "-new";
        login("sysadmin");
        UI.getCurrent().navigate(UsersView.class);

        type(_get(TextField.class, spec -> spec.withId("new-username")), username);
        type(_get(TextField.class, spec -> spec.withId("new-display-name")), "新同事");
        @SuppressWarnings("unchecked")
        ComboBox<AgencyRow> agencyBox = _get(ComboBox.class, spec -> spec.withId("new-user-agency"));
        // the box asks for the agencies matching what is typed, a page at a time, never for all of them
        ComboBoxKt.setUserInput(agencyBox, agency.name());
        type(
                agencyBox,
                ComboBoxKt.getSuggestionItems(agencyBox).stream()
                        .filter(a -> a.id() == agency.id())
                        .findFirst()
                        .orElseThrow());
        type(_get(PasswordField.class, spec -> spec.withId("new-user-password")), "Start@2026pw");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("已新建用户 " + username));
        assertThat(users.findByUsername(username))
                .hasValueSatisfying(u -> assertThat(u.getRoles()).isEmpty());

        switchUser("secadmin");
        UI.getCurrent().navigate(RolesView.class);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("role-users"));
        UserRow row = GridKt._findAll(grid).stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow();
        grid.select(row);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("roles"));
        type(roles, Set.of(Role.SECRECY_REVIEWER));
        _click(_get(Button.class, spec -> spec.withId("save-roles")));

        assertThat(users.findByUsername(username).orElseThrow().getRoles()).containsExactly(Role.SECRECY_REVIEWER);
    }

    @Test
    void giving_an_administrator_a_second_role_is_refused_on_screen_and_changes_nothing() {
        switchUser("secadmin");
        UI.getCurrent().navigate(RolesView.class);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("role-users"));
        grid.select(GridKt._findAll(grid).stream()
                .filter(r -> r.username().equals("auditadmin"))
                .findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("roles"));
        type(roles, Set.of(Role.AUDIT_ADMIN, Role.LEAD));
        _click(_get(Button.class, spec -> spec.withId("save-roles")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("三员分立"));
        assertThat(users.findByUsername("auditadmin").orElseThrow().getRoles()).containsExactly(Role.AUDIT_ADMIN);
    }
}
