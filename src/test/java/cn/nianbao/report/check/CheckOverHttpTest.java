package cn.nianbao.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/check answers what {@code check --json} prints, anonymously, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class CheckOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_posted_report_is_checked_like_the_command_line_checker() throws Exception {
        byte[] sample = getClass().getResourceAsStream("/samples/wenxian_kejiju_2025.txt").readAllBytes();

        HttpResponse<String> response = post("wenxian_kejiju_2025.txt", sample);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode line = JsonMapper.builder().build().readTree(response.body());
        assertThat(line.get("agency").asString()).isEqualTo("温县科学技术局");
        assertThat(line.get("year").asInt()).isEqualTo(2025);
        assertThat(line.get("format").asString()).isEqualTo("2021");
        assertThat(line.get("tables").get("t3").get("new").get("np").asInt()).isZero();
        assertThat(line.get("findings").valueStream().map(f -> f.get("rule").asString())).contains("SHAPE", "LABEL");
    }

    @Test
    void a_file_that_is_not_a_report_gets_a_message_and_no_result() throws Exception {
        HttpResponse<String> response = post("report.pdf", "%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("PDF");
    }

    private HttpResponse<String> post(String name, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/check?name=" + name))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
