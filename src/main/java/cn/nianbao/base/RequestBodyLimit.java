package cn.nianbao.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code nianbao.http.max-request-size} is read, whoever sends it and wherever it goes
 * (anonymous POSTs reach the login page and Vaadin's endpoints too): a declared {@code Content-Length} above the limit
 * is refused with 413 before anything is read, and a body without one (chunked) is cut off at the limit, 413 as well.
 * It runs before every other filter, Spring Security's included. Tomcat parses forms and multipart bodies itself,
 * bounded by {@code server.tomcat.max-http-form-post-size} and {@code spring.servlet.multipart.*}.
 */
@Component
@EnableConfigurationProperties(HttpSettings.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    static final String TITLE = "请求内容过大";

    private final long limit;

    RequestBodyLimit(HttpSettings settings) {
        this.limit = settings.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded()) {
                throw e;
            }
        }
        if (limited.exceeded() && !response.isCommitted()) {
            refuse(request, response);
        }
    }

    /** A page for a browser (a file chosen in a form), problem+json for a program. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "请求内容超过 " + DataSize.ofBytes(limit).toMegabytes() + " MB，服务器没有读取。";
        if (RefusalPage.wanted(request)) {
            RefusalPage.write(
                    response, HttpStatus.CONTENT_TOO_LARGE, UploadTooLarge.TITLE, detail + UploadTooLarge.FILES);
        } else {
            Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, TITLE, detail));
        }
    }

    /** The request with its body read through a counter that stops at the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private LimitedStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Fails the read that would go past the limit; what was read before stays read. */
    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;
        private boolean exceeded;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new IOException("request body larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
