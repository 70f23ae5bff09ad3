package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An anonymous visitor's browser on the portal of a test server, over real HTTP, without cookies. */
final class PortalVisitor {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    PortalVisitor(int port) {
        this.port = port;
    }

    /** The page at {@code path}, which must answer 200. */
    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    int status(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A conditional GET, as a browser revalidates the copy it holds. */
    HttpResponse<String> getIfNoneMatch(String path, String etag) throws IOException, InterruptedException {
        return http.send(request(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .GET();
    }
}
