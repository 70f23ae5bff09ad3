package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@NianbaoTest
class PasswordsTest {

    @Autowired
    Passwords passwords;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_person_changes_their_password_only_with_the_current_one_and_within_the_policy() {
        String handler = testAgencies.create().handler();
        logins.as(handler, () -> {
            assertThatThrownBy(() -> passwords.changeOwn("wrong", "Neu@2026pass"))
                    .isInstanceOf(PasswordRejectedException.class)
                    .hasMessage("当前密码不正确。");
            assertThatThrownBy(() -> passwords.changeOwn(TestAgencies.PASSWORD, "short"))
                    .isInstanceOf(PasswordRejectedException.class)
                    .hasMessageContaining("至少 8 位");
            passwords.changeOwn(TestAgencies.PASSWORD, "Neu@2026pass");
        });
        assertThat(encoder.matches(
                        "Neu@2026pass",
                        users.findByUsername(handler).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void a_reset_cannot_give_a_demo_user_the_demo_password_again() {
        var jingban = users.findByUsername("jingban").orElseThrow();
        String hashBefore = jingban.getPasswordHash();

        assertThatThrownBy(() -> passwords.setByAdministrator(jingban, "Nianbao@2025"))
                .isInstanceOf(PasswordRejectedException.class)
                .hasMessageContaining("最近");
        assertThat(users.findByUsername("jingban").orElseThrow().getPasswordHash())
                .isEqualTo(hashBefore);
        assertThat(passwords.mustChange(jingban.getId())).isFalse();
    }

    @Test
    void none_of_the_last_five_passwords_comes_back() {
        String handler = testAgencies.create().handler();
        logins.as(handler, () -> {
            String current = TestAgencies.PASSWORD;
            for (int i = 1; i <= 5; i++) {
                String next = "Rotate@" + i + "pass";
                passwords.changeOwn(current, next);
                current = next;
            }
            String latest = current;
            assertThatThrownBy(() -> passwords.changeOwn(latest, "Rotate@2pass"))
                    .isInstanceOf(PasswordRejectedException.class)
                    .hasMessageContaining("最近 5 次");
            passwords.changeOwn(latest, "Fresh@2026pass");
        });
    }

    @Test
    void a_password_set_by_an_administrator_must_be_changed_at_the_next_login_and_then_no_longer() {
        String handler = testAgencies.create().handler();
        var user = users.findByUsername(handler).orElseThrow();
        passwords.setByAdministrator(user, "Reset@2026pw");
        assertThat(passwords.mustChange(user.getId())).isTrue();

        logins.as(handler, () -> passwords.changeOwn("Reset@2026pw", "Mine@2026pw"));

        assertThat(passwords.mustChange(user.getId())).isFalse();
    }

    @Test
    void only_the_security_administrator_sets_the_policy_and_never_below_the_floor() {
        String handler = testAgencies.create().handler();
        assertThatThrownBy(() -> logins.as(handler, () -> passwords.updatePolicy(new PasswordPolicy(12, 4, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logins.as("secadmin", () -> passwords.updatePolicy(new PasswordPolicy(4, 1, 1))))
                .isInstanceOf(PasswordRejectedException.class);
        assertThat(passwords.policy()).isEqualTo(new PasswordPolicy(8, 3, 5));
    }
}
