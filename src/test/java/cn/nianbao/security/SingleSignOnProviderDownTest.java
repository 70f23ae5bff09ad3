package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Single sign-on configured while the provider cannot be reached (nothing listens at its address): Nianbao starts
 * all the same, since it reads the provider's configuration only at the first single sign-on; that attempt comes
 * back to the login page with a message, not an error page, and passwords log in as ever.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nianbao.sso.enabled=true",
            "nianbao.sso.issuer-uri=http://localhost:1/tyrz",
            "nianbao.sso.client-id=nianbao",
            "nianbao.sso.client-secret=secret"
        })
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class SingleSignOnProviderDownTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Test
    void a_provider_that_is_down_stops_neither_the_start_nor_a_password_login(CapturedOutput output) throws Exception {
        HttpBrowser browser = new HttpBrowser(port);

        HttpResponse<String> start = browser.get("/oauth2/authorization/nianbao-sso");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.redirect(start)).isEqualTo("/login?sso");
        assertThat(output.getAll())
                .contains("统一身份认证登录未完成")
                .as("one line, no stack trace")
                .doesNotContain("\tat org.springframework");
        String handler = testAgencies.create().handler();
        assertThat(HttpBrowser.redirect(new HttpBrowser(port).login(handler, TestAgencies.PASSWORD)))
                .isEqualTo("/");
    }
}
