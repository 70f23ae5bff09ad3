package cn.nianbao.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * {@code /public/reports/{id}/verify}: the edition's SM3 digests and a form where anyone uploads a PDF or JSON they
 * hold (at most {@value #MAX_MB} MB, the multipart limit) to learn whether it is this edition, a superseded one or not
 * Nianbao's. Anonymous like the rest of the portal; the upload is read, hashed and forgotten.
 */
@Controller
class VerifyController {

    static final int MAX_MB = 20;
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicationService publications;
    private final EditionFiles files;
    private final EditionCheck check;
    private final ITemplateEngine templates;

    VerifyController(
            PublicationService publications, EditionFiles files, EditionCheck check, ITemplateEngine templates) {
        this.publications = publications;
        this.files = files;
        this.check = check;
        this.templates = templates;
    }

    @GetMapping("/public/reports/{publicationId}/verify")
    ResponseEntity<String> form(@PathVariable long publicationId) {
        return page(HttpStatus.OK, publicationId, null);
    }

    @PostMapping("/public/reports/{publicationId}/verify")
    ResponseEntity<String> verify(
            @PathVariable long publicationId, @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, publicationId, "请选择要核验的文件（PDF 或 JSON）。");
        }
        publications.find(publicationId).orElseThrow(VerifyController::notFound);
        return page(HttpStatus.OK, publicationId, check.check(publicationId, bytes(file)));
    }

    private ResponseEntity<String> page(HttpStatus status, long publicationId, String answer) {
        PublishedReport entry = publications.find(publicationId).orElseThrow(VerifyController::notFound);
        EditionFile stored = files.withSupersededPdf(publicationId).orElseThrow(VerifyController::notFound);
        Context model = new Context(Locale.SIMPLIFIED_CHINESE);
        model.setVariable("entry", entry);
        model.setVariable("jsonSm3", stored.getJsonSm3());
        model.setVariable("pdfSm3", stored.getPdfSm3());
        model.setVariable("supersededPdfSm3", stored.supersededPdfSm3().orElse(null));
        model.setVariable("answer", answer);
        model.setVariable("matches", answer != null && answer.startsWith("与"));
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(templates.process("public/verify", model));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已发布的报告");
    }
}
