package cn.nianbao.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser over plain HTTP: it keeps its cookies, follows no redirect, and logs in as Vaadin's login form does,
 * posting the CSRF token it finds in the login page's {@code <meta name="_csrf">}.
 */
public final class HttpBrowser {

    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** GET with the given headers (name, value, name, value, ...). */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a file, its bytes as sent. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post, as a browser sends it. */
    public HttpResponse<String> post(String path, String form, String... headers)
            throws IOException, InterruptedException {
        return client.send(
                request(path, headers)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and posts the form with its token; the answer is the redirect Spring Security sends. */
    public HttpResponse<String> login(String username, String password, String... headers)
            throws IOException, InterruptedException {
        Document page = Jsoup.parse(get("/login", headers).body());
        String parameter = meta(page, "_csrf_parameter");
        String token = meta(page, "_csrf");
        return post(
                "/login",
                "username=" + encode(username) + "&password=" + encode(password) + "&" + encode(parameter) + "="
                        + encode(token),
                headers);
    }

    /** Where the login sent the browser: the path and query of the Location header. */
    public static String redirect(HttpResponse<?> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[name=" + name + "]");
        if (meta == null) {
            throw new AssertionError("the login page has no <meta name=\"" + name + "\">");
        }
        return meta.attr("content");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
