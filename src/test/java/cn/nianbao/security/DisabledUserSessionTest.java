package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(browser, agency.handler());
        assertThat(get(browser, "/reports").statusCode()).as("signed in").isEqualTo(200);
        HttpClient colleague = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(colleague, agency.lead());

        long handlerId = userRepository.findByUsername(agency.handler()).orElseThrow().getId();
        logins.as("sysadmin", () -> users.disable(handlerId));

        HttpResponse<String> next = get(browser, "/reports");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get(colleague, "/reports").statusCode()).as("nobody else is put out").isEqualTo(200);
    }

    private void login(HttpClient browser, String username) throws Exception {
        get(browser, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAgencies.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
