package cn.nianbao.publication;

import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.PublicUrl;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.word.ReportDocx;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The downloads of a published report, beside its page {@code /public/reports/{id}}: {@code {id}.pdf}, {@code
 * {id}.docx}, {@code {id}.json} and {@code {id}.csv}. No login; only publications are reachable, so a draft or a report under review
 * never is (the id is a publication's, not a report's).
 */
@RestController
class ReportDownloadsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublicationService publications;
    private final EditionFiles files;
    private final PublicUrl publicUrl;
    private final AuditTrail audit;

    ReportDownloadsController(
            PublicationService publications, EditionFiles files, PublicUrl publicUrl, AuditTrail audit) {
        this.audit = audit;
        this.publications = publications;
        this.files = files;
        this.publicUrl = publicUrl;
    }

    /**
     * The PDF as stored when the edition was published, the bytes whose SM3 its page shows; once the edition is
     * superseded, the PDF marked 已被更正 with the link to the correction (its digest shown beside the first).
     */
    @GetMapping("/public/reports/{publicationId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long publicationId) {
        Published published = find(publicationId);
        EditionFile stored = files.withSupersededPdf(publicationId).orElseThrow(ReportDownloadsController::notFound);
        byte[] body = stored.supersededPdf().orElseGet(stored::getPdf);
        return download(published.entry(), MediaType.APPLICATION_PDF, ".pdf", "pdf", body);
    }

    /** The PDF exactly as published, also for a superseded edition: what an assessor compares with an old copy. */
    @GetMapping("/public/reports/{publicationId}/published.pdf")
    ResponseEntity<byte[]> publishedPdf(@PathVariable long publicationId) {
        Published published = find(publicationId);
        byte[] body = stored(publicationId).getPdf();
        return download(published.entry(), MediaType.APPLICATION_PDF, "-发布时.pdf", "pdf", body);
    }

    /**
     * The stored JSON, indented; a superseded edition's says so ({@value CanonicalJson#STATUS}, outside what the
     * digest covers) and links the current edition.
     */
    @GetMapping("/public/reports/{publicationId}.json")
    ResponseEntity<byte[]> json(@PathVariable long publicationId) {
        Published published = find(publicationId);
        Map<String, Object> data = CanonicalJson.data(stored(publicationId).getPublishedJson());
        PublishedVersion current = publications.versions(publicationId).getLast();
        if (current.publicationId() != publicationId) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("state", "已被更正");
            status.put("currentEdition", current.number());
            status.put("url", publicUrl.base() + "/public/reports/" + current.publicationId());
            data.put(CanonicalJson.STATUS, status);
        }
        return download(
                published.entry(), MediaType.APPLICATION_JSON, "-表格数据.json", "json", CanonicalJson.pretty(data));
    }

    @GetMapping("/public/reports/{publicationId}.csv")
    ResponseEntity<byte[]> csv(@PathVariable long publicationId) {
        Published published = find(publicationId);
        byte[] body = published.data().csv();
        return download(published.entry(), CSV, "-表格数据.csv", "csv", body);
    }

    /** The report as a Word file in the official layout, written from the published content. */
    @GetMapping("/public/reports/{publicationId}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long publicationId) {
        Published published = find(publicationId);
        byte[] body = ReportDocx.of(published.report());
        return download(published.entry(), MediaType.parseMediaType(ReportDocx.CONTENT_TYPE), ".docx", "docx", body);
    }

    private EditionFile stored(long publicationId) {
        return files.of(publicationId).orElseThrow(ReportDownloadsController::notFound);
    }

    private Published find(long publicationId) {
        PublishedReport entry = publications.find(publicationId).orElseThrow(ReportDownloadsController::notFound);
        ReportView report = publications.content(publicationId).orElseThrow(ReportDownloadsController::notFound);
        return new Published(entry, report);
    }

    private ResponseEntity<byte[]> download(
            PublishedReport entry, MediaType type, String suffix, String extension, byte[] body) {
        audit.record(
                AuditAction.DOWNLOADED,
                ReportRef.auditTarget(entry.reportId()),
                Downloads.fileName(entry, suffix) + "（发布编号 " + entry.publicationId() + "）");
        String ascii = "nianbao-" + entry.year() + "-" + entry.publicationId() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(Downloads.fileName(entry, suffix), ascii))
                .body(body);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已发布的报告");
    }

    private record Published(PublishedReport entry, ReportView report) {

        ReportData data() {
            return new ReportData(entry, report.content().tables());
        }
    }
}
