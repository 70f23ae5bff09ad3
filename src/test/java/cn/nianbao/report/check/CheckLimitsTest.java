package cn.nianbao.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The bounds of the checks a server runs: a token bucket per client address, and a fixed number of check slots. */
class CheckLimitsTest {

    private static CheckSettings settings(int concurrent, int requestsPerAddress) {
        return new CheckSettings(
                concurrent,
                Duration.ZERO,
                Duration.ofSeconds(20),
                new CheckSettings.PerAddress(requestsPerAddress, Duration.ofHours(1), 100));
    }

    @Test
    void an_address_gets_its_bucket_of_checks_and_the_next_is_refused_while_another_address_goes_on() {
        CheckRateLimit limit = new CheckRateLimit(settings(2, 3));

        for (int i = 0; i < 3; i++) {
            assertThat(limit.refusal("203.0.113.7")).as("check %d", i + 1).isEmpty();
        }

        assertThat(limit.refusal("203.0.113.7"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20)));
        assertThat(limit.refusal("198.51.100.9")).isEmpty();
    }

    @Test
    void when_every_check_slot_is_taken_a_check_is_refused_as_busy_and_over_http_with_503_and_retry_after()
            throws Exception {
        ReportChecks noSlot = new ReportChecks(settings(0, 10));
        byte[] report = "某某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> noSlot.check("report.txt", report))
                .isInstanceOf(ChecksBusyException.class)
                .hasMessage("校验繁忙，请稍后再试。");
        assertThatThrownBy(() -> noSlot.checkPasted("正文")).isInstanceOf(ChecksBusyException.class);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/check");
        request.setContent(report);
        ResponseEntity<?> answer =
                new CheckController(noSlot, new CheckRateLimit(settings(0, 10))).check(request, "report.txt");
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(new String((byte[]) answer.getBody(), StandardCharsets.UTF_8))
                .contains("\"status\":503", "\"detail\":\"校验繁忙，请稍后再试。\"");
    }

    @Test
    void a_check_slot_is_given_back_after_each_check_even_a_refused_one() throws Exception {
        ReportChecks oneSlot = new ReportChecks(settings(1, 10));

        assertThatThrownBy(() -> oneSlot.check("scan.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("PDF");

        assertThat(oneSlot.checkPasted("某某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n正文。")
                        .report()
                        .year())
                .hasValue(2023);
    }
}
