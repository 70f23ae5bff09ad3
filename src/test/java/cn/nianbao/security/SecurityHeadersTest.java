package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers a browser is protected by, over real HTTP behind the proxy as in production: a Content-Security-Policy
 * on every page (a strict one on the portal, which has no script), nosniff everywhere, signed-in pages never
 * stored by a browser or proxy, and a session cookie that is SameSite and, over HTTPS, Secure.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Test
    void signed_in_pages_have_a_policy_nosniff_and_are_never_stored() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(HttpBrowser.redirect(browser.login(testAgencies.create().handler(), TestAgencies.PASSWORD)))
                .isEqualTo("/");

        for (String path : List.of("/reports", "/")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(header(page, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(page, "Cache-Control")).as(path).contains("no-store");
            assertThat(header(page, "Content-Security-Policy"))
                    .as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        }
        HttpResponse<String> login = new HttpBrowser(port).get("/login");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void the_portal_allows_no_script_at_all_and_keeps_its_own_caching() throws Exception {
        HttpResponse<String> page = new HttpBrowser(port).get("/public");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = header(page, "Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'none'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe", "script-src");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Cache-Control")).doesNotContain("no-store");
        assertThat(page.headers().firstValue("ETag")).isPresent();
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("script, style, [style]"))
                .as("nothing the policy would block")
                .isEmpty();
        assertThat(html.select("link[rel=stylesheet]"))
                .extracting(link -> link.attr("href"))
                .containsExactly("/portal.css");
    }

    @Test
    void the_session_cookie_is_same_site_and_secure_when_the_proxy_says_the_visitor_came_over_https() throws Exception {
        String overHttps = cookie(new HttpBrowser(port).get("/login", "X-Forwarded-Proto", "https"));
        String overHttp = cookie(new HttpBrowser(port).get("/login"));

        assertThat(overHttps).startsWith("JSESSIONID=").contains("SameSite=Lax", "Secure", "HttpOnly");
        assertThat(overHttp)
                .startsWith("JSESSIONID=")
                .contains("SameSite=Lax", "HttpOnly")
                .doesNotContain("Secure");
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }
}
