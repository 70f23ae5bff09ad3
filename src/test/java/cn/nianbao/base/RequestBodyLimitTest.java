package cn.nianbao.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** No body larger than the limit is read: refused on its declared length, or cut off at the limit when chunked. */
class RequestBodyLimitTest {

    private static final int LIMIT = 1000;

    private final RequestBodyLimit filter = new RequestBodyLimit(new HttpSettings(DataSize.ofBytes(LIMIT)));
    private final AtomicLong read = new AtomicLong(-1);

    /** A servlet that reads the whole body, as Vaadin or a controller would, and answers 200. */
    private final HttpServlet reader = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            read.set(0);
            byte[] buffer = new byte[100];
            for (int n; (n = request.getInputStream().read(buffer)) > 0; ) {
                read.addAndGet(n);
            }
            response.setStatus(200);
        }
    };

    /** A request without a declared length, as a chunked body arrives. */
    private static MockHttpServletRequest chunked(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }

    @Test
    void a_declared_length_above_the_limit_is_refused_with_413_before_anything_is_read() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setContent(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain(reader));

        assertThat(read).hasValue(-1);
        assertRefused(response);
    }

    @Test
    void a_chunked_body_is_cut_off_at_the_limit_and_refused_with_413() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked(100 * LIMIT), response, new MockFilterChain(reader));

        assertThat(read.get()).isLessThanOrEqualTo(LIMIT);
        assertRefused(response);
    }

    @Test
    void a_body_within_the_limit_is_read_whole() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked(LIMIT), response, new MockFilterChain(reader));

        assertThat(read).hasValue(LIMIT);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void a_browser_is_answered_with_a_page_in_chinese() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/reports/1/verify");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        request.setContent(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain(reader));

        assertThat(read).hasValue(-1);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>文件过大</h1>", "服务器没有读取")
                .doesNotContain("Exception");
    }

    private static void assertRefused(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":413", "请求内容过大", "服务器没有读取")
                .doesNotContain("\"properties\"");
    }
}
