package cn.nianbao.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.report.format.reading.Samples;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/check answers what {@code check --json} prints, anonymously, over real HTTP; whatever a stranger posts, it
 * answers in bounded time and memory with a problem detail in Chinese, and the portal goes on answering meanwhile.
 * The tests that post many or large bodies each come from an address of their own on the loopback network
 * (127.0.0.x), so that the per-address limit of one does not touch the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class CheckOverHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long GB = 1L << 30;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_posted_report_is_checked_like_the_command_line_checker() throws Exception {
        byte[] sample = getClass()
                .getResourceAsStream("/samples/wenxian_kejiju_2025.txt")
                .readAllBytes();

        HttpResponse<String> response = post("wenxian_kejiju_2025.txt", sample);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode line = JSON.readTree(response.body());
        assertThat(line.get("agency").asString()).isEqualTo("温县科学技术局");
        assertThat(line.get("year").asInt()).isEqualTo(2025);
        assertThat(line.get("format").asString()).isEqualTo("2021");
        assertThat(line.get("tables").get("t3").get("new").get("np").asInt()).isZero();
        assertThat(line.get("findings").valueStream().map(f -> f.get("rule").asString()))
                .contains("SHAPE", "LABEL");
    }

    @Test
    void a_file_that_cannot_be_read_gets_a_message_and_no_result() throws Exception {
        HttpResponse<String> response = post("report.pdf", "%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII));

        assertProblem(response, 422, "无法读取：文件已损坏或不是 PDF 文件，无法读取。");
    }

    @Test
    void an_empty_body_an_empty_file_and_a_bad_name_get_a_problem_in_chinese() throws Exception {
        assertProblem(post("report.txt", new byte[0]), 400, "请求中没有文件内容");
        assertProblem(post("report.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)), 422, "文件是空的");
        assertProblem(post("x".repeat(300), "正文".getBytes(StandardCharsets.UTF_8)), 400, "文件名（参数 name）无效");
        assertProblem(post("a%0Ab.txt", "正文".getBytes(StandardCharsets.UTF_8)), 400, "文件名（参数 name）无效");
        // an empty name is the default name, as a missing one
        assertThat(JSON.readTree(post("", "正文".getBytes(StandardCharsets.UTF_8)).body())
                        .get("file")
                        .asString())
                .isEqualTo("report.txt");
    }

    @Test
    void a_body_over_5_mb_is_refused_with_413_whether_its_length_is_declared_or_not() throws Exception {
        long size = ReportReader.MAX_BYTES + 1;

        assertProblem(RawPost.from("127.0.0.7", port, "/api/check?name=big.txt", size, true), 413, "文件过大（最大 5 MB）");
        assertProblem(RawPost.from("127.0.0.7", port, "/api/check?name=big.txt", size, false), 413, "文件过大（最大 5 MB）");
    }

    @Test
    void a_report_saved_as_utf16_with_a_byte_order_mark_is_read() throws Exception {
        String sample = new String(
                getClass()
                        .getResourceAsStream("/samples/huaian_shi_renmin_zhengfu_2024.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);

        HttpResponse<String> response = post("huaian.txt", ("\uFEFF" + sample).getBytes(StandardCharsets.UTF_16LE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("agency").asString()).isEqualTo("淮安市人民政府");
    }

    @Test
    void three_table_bombs_at_once_each_get_their_answer_and_the_portal_answers_meanwhile() throws Exception {
        HttpClient client = clientFrom("127.0.0.2");
        byte[] bomb = Samples.tableBomb().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> bombs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bombs.add(client.sendAsync(
                    checkRequest("bomb.html", BodyPublishers.ofByteArray(bomb)), BodyHandlers.ofString()));
        }

        assertThat(portal().statusCode()).isEqualTo(200);
        for (CompletableFuture<HttpResponse<String>> answer : bombs) {
            // before the limits each took more than a minute and three at once ran the server out of memory
            assertProblem(answer.get(60, TimeUnit.SECONDS), 422, "一个表格超过 10000 个单元格");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(portal().statusCode()).isEqualTo(200);
    }

    @Test
    void four_1_gb_bodies_at_once_are_refused_without_being_read_and_the_portal_answers_meanwhile() throws Exception {
        ExecutorService senders = Executors.newCachedThreadPool();
        try {
            List<Future<RawPost.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                // two declare their length, two are sent chunked (no length): both must stop at the limit
                boolean declared = i % 2 == 0;
                answers.add(
                        senders.submit(() -> RawPost.from("127.0.0.3", port, "/api/check?name=big.txt", GB, declared)));
            }

            assertThat(portal().statusCode()).isEqualTo(200);
            for (int i = 0; i < 4; i++) {
                // a declared length above any request's limit is refused before the check; a chunked one at 5 MB
                assertProblem(
                        answers.get(i).get(120, TimeUnit.SECONDS), 413, i % 2 == 0 ? "请求内容超过 21 MB" : "文件过大（最大 5 MB）");
            }
            assertThat(portal().statusCode()).isEqualTo(200);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void a_body_declared_larger_than_any_request_may_be_is_refused_on_any_address_before_it_is_read() throws Exception {
        assertProblem(RawPost.from("127.0.0.4", port, "/login", GB, true), 413, "请求内容超过 21 MB");
    }

    @Test
    void an_address_that_posts_too_many_checks_is_told_to_wait_and_another_address_is_not() throws Exception {
        HttpClient busy = clientFrom("127.0.0.5");
        byte[] report = "某某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n".getBytes(StandardCharsets.UTF_8);
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        // 20 at once are allowed (nianbao.check.per-address.requests); one comes back every 3 s, far slower than these
        while (refused == null && statuses.size() < 40) {
            HttpResponse<String> answer =
                    busy.send(checkRequest("r.txt", BodyPublishers.ofByteArray(report)), BodyHandlers.ofString());
            statuses.add(answer.statusCode());
            refused = answer.statusCode() == 429 ? answer : null;
        }

        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertProblem(refused, 429, "本地址提交的校验过多");
        assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow())
                .isBetween(1L, 60L);
        assertThat(clientFrom("127.0.0.6")
                        .send(checkRequest("r.txt", BodyPublishers.ofByteArray(report)), BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private static void assertProblem(RawPost.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> portal() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/public"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                BodyHandlers.ofString());
    }

    private HttpRequest checkRequest(String name, BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/check?name=" + name))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(body)
                .timeout(Duration.ofSeconds(120))
                .build();
    }

    private HttpResponse<String> post(String name, byte[] body) throws Exception {
        return http.send(checkRequest(name, BodyPublishers.ofByteArray(body)), BodyHandlers.ofString());
    }

    private static HttpClient clientFrom(String loopbackAddress) throws Exception {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(loopbackAddress))
                .build();
    }
}
