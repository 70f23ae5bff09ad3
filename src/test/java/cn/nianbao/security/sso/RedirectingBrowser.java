package cn.nianbao.security.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser over plain HTTP that keeps its cookies and follows redirects from one site to the other, as a person's
 * browser does between Nianbao and the provider; it remembers every address it was sent to.
 */
final class RedirectingBrowser {

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final List<URI> visited = new ArrayList<>();

    /** GET, then every redirect; the last answer. */
    HttpResponse<String> open(String url) throws IOException, InterruptedException {
        return follow(client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Fills in the provider's login form on {@code page} and sends it, then follows the redirects. */
    HttpResponse<String> logInAtProvider(HttpResponse<String> page, String username, String password)
            throws IOException, InterruptedException {
        Element csrf = Jsoup.parse(page.body()).selectFirst("form input[name=_csrf]");
        if (csrf == null) {
            throw new AssertionError("not the provider's login form: " + page.uri() + "\n" + page.body());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.attr("value"));
        HttpRequest post = HttpRequest.newBuilder(page.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return follow(client.send(post, HttpResponse.BodyHandlers.ofString()));
    }

    /** Every address the browser was redirected to, in order. */
    List<URI> visited() {
        return List.copyOf(visited);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int hops = 0; current.statusCode() / 100 == 3; hops++) {
            if (hops == 20) {
                throw new AssertionError("redirected in circles: " + visited);
            }
            URI next = current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow());
            visited.add(next);
            current = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        return current;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
