package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP: disabling an account puts its open browser session out at once, not after 30 idle minutes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class DisabledUserSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    UserAdministration users;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    Logins logins;

    @Test
    void a_disabled_person_signed_in_elsewhere_is_sent_to_the_login_page_at_the_next_click() throws Exception {
        TestAgency agency = testAgencies.create();
        HttpBrowser browser = new HttpBrowser(port);
        login(browser, agency.handler());
        assertThat(browser.get("/reports").statusCode()).as("signed in").isEqualTo(200);
        HttpBrowser colleague = new HttpBrowser(port);
        login(colleague, agency.lead());

        long handlerId =
                userRepository.findByUsername(agency.handler()).orElseThrow().getId();
        logins.as("sysadmin", () -> users.disable(handlerId));

        HttpResponse<String> next = browser.get("/reports");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(colleague.get("/reports").statusCode())
                .as("nobody else is put out")
                .isEqualTo(200);
    }

    private static void login(HttpBrowser browser, String username) throws Exception {
        assertThat(HttpBrowser.redirect(browser.login(username, TestAgencies.PASSWORD)))
                .doesNotContain("login");
    }
}
