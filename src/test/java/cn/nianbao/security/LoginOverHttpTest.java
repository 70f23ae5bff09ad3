package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login form over real HTTP, as a stranger can use it: a locked name and an address that failed too often are
 * told so with the minutes left, the same for names no account has; every attempt is in the audit trail once; a
 * refusal logs no error; and a login posted without the page's CSRF token (from another site) signs nobody in.
 * Behind the proxy as in production (server.forward-headers-strategy), so each test comes from an address of its
 * own (X-Forwarded-For).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginOverHttpTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    TrailReader trail;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_locked_name_is_told_the_minutes_left_for_a_wrong_and_the_right_password_and_each_try_is_audited(
            CapturedOutput output) throws Exception {
        String user = testAgencies.create().handler();
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(user, "wrong-" + i, address)).isEqualTo("/login?error");
        }

        assertThat(login(user, "wrong-again", address)).isEqualTo("/login?locked=15");
        assertThat(login(user, TestAgencies.PASSWORD, address)).isEqualTo("/login?locked=15");

        List<AuditEntry> entries = trail.byActor(user);
        assertThat(entries).hasSize(7).allSatisfy(entry -> {
            assertThat(entry.actionCode()).isEqualTo("LOGIN_FAILED");
            assertThat(entry.clientIp()).isEqualTo(address);
        });
        assertThat(entries.subList(0, 5)).extracting(AuditEntry::detail).containsOnly("用户名或密码不正确");
        assertThat(entries.subList(5, 7))
                .extracting(AuditEntry::detail)
                .allSatisfy(detail -> assertThat(detail).startsWith("该用户名已被锁定").contains("未核对密码"));
        assertThat(output.getAll()).doesNotContain("InternalAuthenticationServiceException", "ERROR");
    }

    @Test
    void a_name_no_account_has_is_locked_with_the_same_answer() throws Exception {
        String nobody = "nobody-" + System.nanoTime();
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(nobody, "guess-" + i, address)).isEqualTo("/login?error");
        }

        assertThat(login(nobody, "guess", address)).isEqualTo("/login?locked=15");
        assertThat(trail.byActor(nobody))
                .hasSize(6)
                .last()
                .satisfies(entry -> assertThat(entry.detail()).startsWith("该用户名已被锁定"));
    }

    @Test
    void one_address_can_lock_only_four_names_then_its_logins_stop_before_any_name_is_looked_at() throws Exception {
        String address = nextAddress();
        List<String> names = List.of(
                testAgencies.create().handler(),
                testAgencies.create().handler(),
                testAgencies.create().handler(),
                testAgencies.create().handler(),
                testAgencies.create().handler());
        for (String name : names.subList(0, 4)) {
            for (int i = 0; i < 5; i++) {
                assertThat(login(name, "wrong-" + i, address)).isEqualTo("/login?error");
            }
        }

        String fifth = names.get(4);
        for (int i = 0; i < 5; i++) {
            assertThat(login(fifth, "wrong-" + i, address)).isEqualTo("/login?blocked=15");
        }
        assertThat(login(fifth, TestAgencies.PASSWORD, address))
                .as("not even the right password")
                .isEqualTo("/login?blocked=15");

        assertThat(trail.byActor(fifth)).hasSize(6).allSatisfy(entry -> {
            assertThat(entry.actionCode()).isEqualTo("LOGIN_FAILED");
            assertThat(entry.detail()).startsWith("该地址 15 分钟内登录失败 20 次，暂停登录");
        });
        String elsewhere = nextAddress();
        assertThat(login(fifth, TestAgencies.PASSWORD, elsewhere))
                .as("its counter never moved")
                .isEqualTo("/");
        assertThat(login(names.get(3), TestAgencies.PASSWORD, elsewhere)).isEqualTo("/login?locked=15");

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(fifth, TestAgencies.PASSWORD, address))
                .as("the window has slid on")
                .isEqualTo("/");
    }

    @Test
    void a_login_posted_without_the_pages_csrf_token_from_another_site_signs_nobody_in() throws Exception {
        String user = testAgencies.create().handler();
        HttpBrowser browser = new HttpBrowser(port);
        browser.get("/login");

        HttpResponse<String> forged = browser.post(
                "/login", "username=" + user + "&password=" + TestAgencies.PASSWORD, "Origin", "https://evil.example");

        assertThat(HttpBrowser.redirect(forged)).isEqualTo("/login?timeout");
        HttpResponse<String> page = browser.get("/reports");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.redirect(page)).isEqualTo("/login");
        assertThat(trail.byActor(user)).as("no login was even tried").isEmpty();
    }

    @Test
    void without_single_sign_on_configured_its_start_address_leads_nowhere_but_to_the_login_page() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);

        HttpResponse<String> start = browser.get("/oauth2/authorization/nianbao-sso");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.redirect(start)).as("no provider to go to").isEqualTo("/login");
        assertThat(HttpBrowser.redirect(browser.get("/login/oauth2/code/nianbao-sso?code=x&state=y")))
                .isEqualTo("/login");
        assertThat(browser.get("/login").body()).doesNotContain("oauth2");
        assertThat(context.getBeanNamesForType(SsoLogin.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
    }

    private String login(String username, String password, String address) throws Exception {
        return HttpBrowser.redirect(new HttpBrowser(port).login(username, password, "X-Forwarded-For", address));
    }

    /** An address of the documentation range (RFC 5737) that no other test of this context uses. */
    private static String nextAddress() {
        return "198.51.100." + (10 + ADDRESSES.incrementAndGet());
    }
}
