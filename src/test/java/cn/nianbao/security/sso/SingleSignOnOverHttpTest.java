package cn.nianbao.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.security.Logins;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider ({@link OidcProvider}, its own application on its own port)
 * over real HTTP, as a person's browser goes: Nianbao's link, the provider's login form, back to Nianbao signed in
 * as the account the provider named, or back on Nianbao's login page refused, signed in as nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class SingleSignOnOverHttpTest {

    private static final ConfigurableApplicationContext PROVIDER = OidcProvider.start();

    @LocalServerPort
    int port;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    TrailReader trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    UserAdministration administration;

    @Autowired
    Logins logins;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("nianbao.sso.enabled", () -> "true");
        properties.add("nianbao.sso.issuer-uri", () -> OidcProvider.issuer(PROVIDER));
        properties.add("nianbao.sso.client-id", () -> NianbaoClient.CLIENT_ID);
        properties.add("nianbao.sso.client-secret", () -> NianbaoClient.SECRET);
        properties.add("nianbao.sso.username-claim", () -> OidcProvider.ACCOUNT_CLAIM);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void tellTheProviderWhereNianbaoIs() {
        PROVIDER.getBean(NianbaoClient.class).redirectTo(nianbao("/login/oauth2/code/nianbao-sso"));
    }

    @Test
    void a_person_the_provider_vouches_for_lands_on_nianbao_signed_in_as_their_own_account() throws Exception {
        RedirectingBrowser browser = new RedirectingBrowser();

        HttpResponse<String> providerForm = browser.open(nianbao("/oauth2/authorization/nianbao-sso"));
        assertThat(providerForm.uri().toString()).startsWith(OidcProvider.issuer(PROVIDER) + "/login");
        HttpResponse<String> landing =
                browser.logInAtProvider(providerForm, OidcProvider.PREFIX + "jingban", OidcProvider.PASSWORD);

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri()).isEqualTo(URI.create(nianbao("/")));
        assertThat(browser.visited())
                .as("through Nianbao's answer address, never its login page")
                .anySatisfy(uri -> assertThat(uri.getPath()).isEqualTo("/login/oauth2/code/nianbao-sso"))
                .noneSatisfy(uri -> assertThat(uri.toString()).startsWith(nianbao("/login?")));
        HttpResponse<String> reports = browser.open(nianbao("/reports"));
        assertThat(reports.uri()).as("no redirect to the login page").isEqualTo(URI.create(nianbao("/reports")));
        assertThat(reports.statusCode()).isEqualTo(200);

        // signed in exactly as with a password: the account's own principal, its session registered under it
        assertThat(sessions.getAllPrincipals())
                .filteredOn(
                        p -> p instanceof UserDetails user && user.getUsername().equals("jingban"))
                .singleElement()
                .satisfies(account -> {
                    assertThat(account.getClass().getSimpleName()).isEqualTo("NianbaoUserDetails");
                    assertThat(((UserDetails) account).getAuthorities())
                            .extracting(Object::toString)
                            .containsExactly("ROLE_HANDLER");
                    assertThat(sessions.getAllSessions(account, false)).isNotEmpty();
                });
        AuditEntry login = trail.byActor("jingban").getLast();
        assertThat(login.actionCode()).isEqualTo("LOGIN_SUCCEEDED");
        assertThat(login.actorName()).isEqualTo("张明");
        assertThat(login.detail()).isEqualTo("通过统一身份认证登录");
    }

    @Test
    void a_name_no_account_has_is_refused_on_the_login_page_and_no_account_is_created(CapturedOutput output)
            throws Exception {
        String nobody = "nobody" + System.nanoTime();

        RedirectingBrowser browser = refusedAfterLogin(nobody);

        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(nobody)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(trail.byActor(nobody)).singleElement().satisfies(entry -> {
            assertThat(entry.actionCode()).isEqualTo("LOGIN_FAILED");
            assertThat(entry.detail()).isEqualTo("统一身份认证登录被拒绝：本系统无此账号");
        });
        assertSignedInAsNobody(browser);
        assertThat(output.getAll())
                .as("an ordinary refusal, no error in the log")
                .doesNotContain("ERROR", "Exception");
    }

    @Test
    void an_administrator_of_the_three_must_use_the_local_password_and_the_refusal_locks_nothing() throws Exception {
        RedirectingBrowser browser = refusedAfterLogin("sysadmin");

        assertThat(trail.byActor("sysadmin").getLast()).satisfies(entry -> {
            assertThat(entry.actionCode()).isEqualTo("LOGIN_FAILED");
            assertThat(entry.detail()).isEqualTo("统一身份认证登录被拒绝：三员须使用本地密码登录");
        });
        assertSignedInAsNobody(browser);
        assertThat(jdbc.sql("select count(*) from login_attempt where username = 'sysadmin'")
                        .query(Long.class)
                        .single())
                .as("no failure counted against the name")
                .isZero();
    }

    @Test
    void a_name_failed_passwords_have_locked_stays_locked_for_single_sign_on() throws Exception {
        jdbc.sql("insert into login_attempt (username, failures, locked_until) values ('jingban2', 5, ?)")
                .param(java.sql.Timestamp.valueOf("2099-01-01 00:00:00"))
                .update();
        try {
            RedirectingBrowser browser = refusedAfterLogin("jingban2");

            assertThat(trail.byActor("jingban2").getLast().detail()).isEqualTo("统一身份认证登录被拒绝：账号已被锁定");
            assertSignedInAsNobody(browser);
        } finally {
            jdbc.sql("delete from login_attempt where username = 'jingban2'").update();
        }
    }

    @Test
    void disabling_an_account_signed_in_through_single_sign_on_ends_its_session_at_once() throws Exception {
        TestAgencies.TestAgency agency = testAgencies.create();
        RedirectingBrowser browser = new RedirectingBrowser();
        assertThat(throughProvider(browser, agency.handler()).uri()).isEqualTo(URI.create(nianbao("/")));
        assertThat(browser.open(nianbao("/reports")).uri()).isEqualTo(URI.create(nianbao("/reports")));

        long id = users.findByUsername(agency.handler()).orElseThrow().getId();
        logins.as("sysadmin", () -> administration.disable(id));

        assertThat(browser.open(nianbao("/reports")).uri()).isEqualTo(URI.create(nianbao("/login")));
    }

    /** Nianbao's link, then the provider's form filled in as {@code tyrz-ACCOUNT}; where the browser ends. */
    private HttpResponse<String> throughProvider(RedirectingBrowser browser, String account) throws Exception {
        HttpResponse<String> providerForm = browser.open(nianbao("/oauth2/authorization/nianbao-sso"));
        return browser.logInAtProvider(providerForm, OidcProvider.PREFIX + account, OidcProvider.PASSWORD);
    }

    private RedirectingBrowser refusedAfterLogin(String account) throws Exception {
        RedirectingBrowser browser = new RedirectingBrowser();
        HttpResponse<String> landing = throughProvider(browser, account);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri()).isEqualTo(URI.create(nianbao("/login?sso")));
        return browser;
    }

    private void assertSignedInAsNobody(RedirectingBrowser browser) throws Exception {
        assertThat(browser.open(nianbao("/reports")).uri()).isEqualTo(URI.create(nianbao("/login")));
    }

    private String nianbao(String path) {
        return "http://localhost:" + port + path;
    }
}
