package cn.nianbao.publication;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What the portal answers when it cannot show what was asked for: a page of the portal saying so in Chinese (never
 * Spring's JSON error, whatever the client accepts), 400 for a link that is malformed (a publication or agency
 * number that is not a number), 404 for one that names nothing public. An expected refusal: nothing is logged.
 */
@ControllerAdvice(assignableTypes = {PortalController.class, ReportDownloadsController.class, VerifyController.class})
class PortalProblems {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ITemplateEngine templates;

    PortalProblems(ITemplateEngine templates) {
        this.templates = templates;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, "链接有误", "链接中的编号不是有效的编号，请从年度报告列表进入。");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<String> refused(ResponseStatusException e, HttpServletRequest request) {
        if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            return page(request, e.getStatusCode(), "没有找到这个页面", "您要找的报告不存在或尚未发布。");
        }
        return page(request, e.getStatusCode(), "页面暂时无法显示", "请稍后再试。");
    }

    private ResponseEntity<String> page(
            HttpServletRequest request, HttpStatusCode status, String title, String message) {
        Context model = PortalController.model(TextSize.of(textSizeCookie(request)), "/public");
        model.setVariable("title", title);
        model.setVariable("message", message);
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .body(templates.process("public/problem", model));
    }

    private static String textSizeCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> TextSize.COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
