package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** The login's own authentication manager: five wrong passwords lock a name for 15 minutes, known or not. */
@NianbaoTest
class LoginLockoutTest {

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    MutableClock clock;

    @Autowired
    AppUserRepository users;

    private AuthenticationManager manager;

    @BeforeEach
    void manager() throws Exception {
        manager = authentication.getAuthenticationManager();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one() {
        String user = testAgencies.create().handler();
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong-" + i;
            assertThatThrownBy(() -> login(user, wrong)).isInstanceOf(BadCredentialsException.class);
        }

        assertLocked(user, TestAgencies.PASSWORD);

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(user, TestAgencies.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_name_no_account_has_is_locked_the_same_way() {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(nobody, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertLocked(nobody, "guess");
    }

    @Test
    void a_successful_login_clears_earlier_failures() {
        String user = testAgencies.create().handler();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(user, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        login(user, TestAgencies.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(user, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(user, TestAgencies.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_log_in_even_with_its_right_password() {
        String user = testAgencies.create().handler();
        AppUser account = users.findByUsername(user).orElseThrow();
        account.setEnabled(false);
        users.save(account);

        assertThatThrownBy(() -> login(user, TestAgencies.PASSWORD)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void the_lock_says_how_many_minutes_are_left_rounded_up() {
        String user = testAgencies.create().handler();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(user, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(30));

        assertThatThrownBy(() -> login(user, TestAgencies.PASSWORD))
                .isInstanceOfSatisfying(
                        LoginRefusedException.class,
                        refused -> assertThat(refused.minutesLeft()).isEqualTo(5));
    }

    /** Spring Security's own LockedException, not wrapped in an internal error (which is logged as an ERROR). */
    private void assertLocked(String username, String password) {
        assertThatThrownBy(() -> login(username, password))
                .isInstanceOfSatisfying(LoginRefusedException.class, refused -> {
                    assertThat(refused).isInstanceOf(LockedException.class).hasNoCause();
                    assertThat(refused.reason()).isEqualTo(LoginRefusedException.Reason.NAME_LOCKED);
                    assertThat(refused.minutesLeft()).isEqualTo(15);
                });
    }

    private Authentication login(String username, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
