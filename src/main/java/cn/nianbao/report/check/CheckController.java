package cn.nianbao.report.check;

import cn.nianbao.base.Problems;
import cn.nianbao.report.check.ReportChecks.Checked;
import cn.nianbao.report.format.reading.ReportReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checker over HTTP: {@code POST /api/check?name=FILE} with the report (plain text or a saved web page) as the
 * body answers the same JSON object as {@code check --json}. It reads only what is posted and changes nothing. It is
 * open to everyone, so it takes at most {@link ReportReader#MAX_BYTES} of a body and a bounded number of checks per
 * client address ({@link CheckRateLimit}), and runs them through {@link ReportChecks}. Every refusal is a problem
 * detail ({@code application/problem+json}) in Chinese: 400 no content or a bad name, 413 too large, 422 unreadable,
 * 429 too many checks from this address, 503 every check slot busy; the last two with {@code Retry-After}.
 */
@RestController
class CheckController {

    private static final int LONGEST_NAME = 255;

    private final ReportChecks checks;
    private final CheckRateLimit rateLimit;

    CheckController(ReportChecks checks, CheckRateLimit rateLimit) {
        this.checks = checks;
        this.rateLimit = rateLimit;
    }

    @PostMapping(path = "/api/check", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> check(HttpServletRequest request, @RequestParam(defaultValue = "report.txt") String name)
            throws IOException {
        Optional<Duration> wait = rateLimit.refusal(request.getRemoteAddr());
        if (wait.isPresent()) {
            return Problems.answer(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "校验请求过于频繁",
                    "本地址提交的校验过多，请 " + Problems.retryAfterSeconds(wait.get()) + " 秒后再试。",
                    wait.get());
        }
        if (name.length() > LONGEST_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return Problems.answer(
                    HttpStatus.BAD_REQUEST, "请求有误", "文件名（参数 name）无效：最长 " + LONGEST_NAME + " 个字符，不能含控制字符。");
        }
        if (request.getContentLengthLong() > ReportReader.MAX_BYTES) {
            return tooLarge();
        }
        // one byte more than the limit tells a body that is too large, without reading the rest
        byte[] body = request.getInputStream().readNBytes(ReportReader.MAX_BYTES + 1);
        if (body.length > ReportReader.MAX_BYTES) {
            return tooLarge();
        }
        if (body.length == 0) {
            return Problems.answer(HttpStatus.BAD_REQUEST, "请求有误", "请求中没有文件内容：请把报告全文作为请求体提交。");
        }
        Checked checked;
        try {
            checked = checks.check(name, body);
        } catch (ChecksBusyException e) {
            return Problems.answer(
                    HttpStatus.SERVICE_UNAVAILABLE, "校验繁忙", e.getMessage(), ChecksBusyException.RETRY_AFTER);
        } catch (IOException e) {
            return Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "无法读取", "无法读取：" + e.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(JsonLine.of(name, checked.report(), checked.findings()));
    }

    private static ResponseEntity<?> tooLarge() {
        return Problems.answer(HttpStatus.CONTENT_TOO_LARGE, "文件过大", ReportReader.TOO_LARGE);
    }
}
