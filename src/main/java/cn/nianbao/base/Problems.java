package cn.nianbao.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals over HTTP as RFC 9457 problem details ({@code application/problem+json}) with a Chinese title and detail,
 * the same from a controller and from a servlet filter that runs before Spring MVC. The body is sent whole with its
 * {@code Content-Length}: a refused large body makes Tomcat close the connection after the answer, before it would
 * end a chunked one, and the client must still be able to read it.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** The answer of a controller. */
    public static ResponseEntity<byte[]> answer(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(JSON.writeValueAsBytes(of(status, title, detail)));
    }

    /** The answer of a controller asking the client to come back later ({@code Retry-After}, whole seconds). */
    public static ResponseEntity<byte[]> answer(HttpStatus status, String title, String detail, Duration retryAfter) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(retryAfter)))
                .body(JSON.writeValueAsBytes(of(status, title, detail)));
    }

    /** Writes and sends the answer where there is no controller (a filter); the response must not be committed. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = JSON.writeValueAsBytes(problem);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** At least 1 s: {@code Retry-After: 0} would invite the client straight back. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
