package cn.nianbao.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal for a person in a browser where no module's page can answer: in a filter, or before any controller is
 * chosen (a multipart body too large to parse). A plain page in Chinese in the portal's style, without script;
 * programs (anything not asking for HTML) get problem+json from {@link Problems} instead.
 */
public final class RefusalPage {

    private RefusalPage() {}

    /** Whether the request comes from a browser's navigation or form: it asks for HTML. */
    public static boolean wanted(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    public static String html(String title, String detail) {
        String safeTitle = HtmlUtils.htmlEscape(title);
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + safeTitle + " · 政府信息公开年报</title>"
                + "<link rel=\"stylesheet\" href=\"/portal.css\"><link rel=\"icon\" href=\"/favicon.ico\"></head>"
                + "<body><header class=\"portal-header\"><a class=\"portal-title\" href=\"/public\">政府信息公开年报</a>"
                + "</header><main id=\"main\" class=\"portal-main\"><h1>" + safeTitle + "</h1><p>"
                + HtmlUtils.htmlEscape(detail) + "</p><p>请返回上一页重新选择文件，或<a href=\"/public\">回到年度报告列表</a>。</p>"
                + "</main></body></html>\n";
    }

    /** Writes and sends the page; the response must not be committed. */
    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        byte[] body = html(title, detail).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
