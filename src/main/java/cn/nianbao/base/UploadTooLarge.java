package cn.nianbao.base;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over {@code spring.servlet.multipart.max-file-size} in a form (核验 on the portal, and any other upload
 * handled by a controller): refused before any controller is chosen, so no module's own advice sees it. A page in
 * Chinese for a browser, problem+json for a program; an expected refusal, nothing logged.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadTooLarge {

    static final String TITLE = "文件过大";
    static final String FILES = "请上传较小的文件。";

    private final DataSize maxFileSize;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> refused(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String detail = "上传的文件不能超过 " + maxFileSize.toMegabytes() + " MB，服务器没有保存它。";
        if (RefusalPage.wanted(request)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(RefusalPage.html(TITLE, detail));
        }
        return Problems.answer(HttpStatus.CONTENT_TOO_LARGE, TITLE, detail);
    }
}
