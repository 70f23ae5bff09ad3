package cn.nianbao.report.check;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checker over HTTP: {@code POST /api/check?name=FILE} with the report (plain text or a saved web page) as the
 * body answers the same JSON object as {@code check --json}. It reads only what is posted and changes nothing.
 */
@RestController
class CheckController {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ReportReader reader = new ReportReader();
    private final FullCheck fullCheck = new FullCheck();

    @PostMapping(path = "/api/check", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> check(@RequestBody byte[] body, @RequestParam(defaultValue = "report.txt") String name) {
        if (body.length > MAX_BYTES) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "文件过大（最大 5 MB）。");
        }
        ReadReport report;
        try {
            report = reader.read(name, body);
        } catch (IOException e) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "无法读取：" + e.getMessage());
        }
        List<Finding> findings = fullCheck.check(report.subject(), Optional.empty());
        return ResponseEntity.ok(JsonLine.of(name, report, findings));
    }

    private static ResponseEntity<String> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(JsonLine.error(Map.of("error", message)));
    }
}
