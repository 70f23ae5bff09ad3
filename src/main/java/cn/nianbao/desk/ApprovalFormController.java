package cn.nianbao.desk;

import cn.nianbao.base.UserFacingException;
import cn.nianbao.report.word.ReportDocx;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /forms/reports/{id}/secrecy-review.pdf}, {@code …/sign-off.pdf} and the report as Word, {@code
 * …/report.docx}, linked from the report's page. Behind the
 * login like every page but the portal; who may read the report is {@link ApprovalForms}' (ReportService's) to say,
 * and a report one may not read is not found, as on its page.
 */
@Controller
class ApprovalFormController {

    private final ApprovalForms forms;
    private final ReportWordFile word;

    ApprovalFormController(ApprovalForms forms, ReportWordFile word) {
        this.forms = forms;
        this.word = word;
    }

    /** The report itself as a Word file, {@code /forms/reports/{id}/report.docx}: who may read it, at any stage. */
    @GetMapping("/forms/reports/{reportId}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String reportId) {
        if (!reportId.matches("\\d{1,18}")) {
            return notFound();
        }
        try {
            ReportWordFile.WordFile file = word.of(Long.parseLong(reportId));
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(ReportDocx.CONTENT_TYPE))
                    .cacheControl(CacheControl.noStore())
                    .header(
                            "Content-Disposition",
                            ContentDisposition.attachment()
                                    .filename(file.name(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(file.content());
        } catch (UserFacingException refused) {
            return notFound();
        }
    }

    @GetMapping("/forms/reports/{reportId}/{form}.pdf")
    ResponseEntity<byte[]> form(@PathVariable String reportId, @PathVariable String form) {
        ApprovalForm which = ApprovalForm.ofSlug(form).orElse(null);
        if (which == null || !reportId.matches("\\d{1,18}")) {
            return notFound();
        }
        try {
            byte[] pdf = forms.pdf(Long.parseLong(reportId), which);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .cacheControl(CacheControl.noStore())
                    .header(
                            "Content-Disposition",
                            ContentDisposition.inline()
                                    .filename(which.title() + ".pdf", StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(pdf);
        } catch (UserFacingException refused) {
            return notFound();
        }
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("报告不存在或您无权查看。".getBytes(StandardCharsets.UTF_8));
    }
}
