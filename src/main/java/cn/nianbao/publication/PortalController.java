package cn.nianbao.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public portal: published reports by year and agency, each in the standard layout. No login. A corrected report
 * is listed once, as its current edition; its page carries the 更正说明 and links to every earlier edition, each of
 * which stays readable, marked as superseded.
 * <p>
 * Pages are rendered once and served from {@link PublicPages}; each carries an ETag, and browsers and the proxy are
 * told to revalidate every time ({@code no-cache}), so that a correction is seen at once and an unchanged page costs
 * a 304.
 */
@Controller
class PortalController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicationService publications;
    private final PublicPages pages;
    private final ITemplateEngine templates;
    private final EditionFiles files;

    PortalController(
            PublicationService publications, PublicPages pages, ITemplateEngine templates, EditionFiles files) {
        this.files = files;
        this.publications = publications;
        this.pages = pages;
        this.templates = templates;
    }

    /**
     * By year, newest first; {@code q} narrows to agencies whose name contains it, {@code year} to one year. A filter
     * that cannot be used is left out and the page says so, with 400.
     */
    @GetMapping("/public")
    ResponseEntity<byte[]> list(@RequestParam(required = false) String q, @RequestParam(required = false) String year) {
        PortalQuery query = PortalQuery.of(q, year);
        RenderedPage page = pages.get("list " + query.key(), () -> renderList(query));
        return send(query.problem() == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST, page);
    }

    /** One agency's reports across the years, their headline figures side by side, 历史年报 included. */
    @GetMapping("/public/agencies/{agencyId}")
    ResponseEntity<byte[]> agency(@PathVariable long agencyId) {
        return send(HttpStatus.OK, pages.get("agency " + agencyId, () -> renderAgency(agencyId)));
    }

    @GetMapping("/public/reports/{publicationId}")
    ResponseEntity<byte[]> report(@PathVariable long publicationId) {
        return send(HttpStatus.OK, pages.get("report " + publicationId, () -> renderReport(publicationId)));
    }

    private String renderList(PortalQuery query) {
        List<PublishedReport> all = publications.list();
        Map<Integer, List<PublishedReport>> byYear = query.apply(all).stream()
                .collect(Collectors.groupingBy(PublishedReport::year, LinkedHashMap::new, Collectors.toList()));
        Context model = model();
        model.setVariable("byYear", byYear);
        model.setVariable("q", query.agencyName());
        model.setVariable("year", query.year());
        model.setVariable("searched", !query.isEmpty());
        model.setVariable("problem", query.problem());
        model.setVariable(
                "years", all.stream().map(PublishedReport::year).distinct().toList());
        return templates.process("public/list", model);
    }

    private String renderAgency(long agencyId) {
        AgencyYears agency = publications.acrossYears(agencyId).orElseThrow(PortalController::notFound);
        Context model = model();
        model.setVariable("agencyName", agency.agencyName());
        model.setVariable("years", agency.years());
        model.setVariable("lines", agency.years().getFirst().headline().keySet());
        model.setVariable("anyImported", agency.years().stream().anyMatch(PublishedFigures::isImported));
        return templates.process("public/agency", model);
    }

    private String renderReport(long publicationId) {
        PortalPage page = publications.page(publicationId).orElseThrow(PortalController::notFound);
        Context model = model();
        model.setVariable("entry", page.entry());
        model.setVariable("versions", page.versions());
        model.setVariable("shown", page.shown());
        model.setVariable("current", page.versions().getLast());
        model.setVariable("edition", page.edition());
        model.setVariable("report", StandardLayout.of(page.report()));
        EditionFile stored = files.of(publicationId).orElseThrow(PortalController::notFound);
        model.setVariable("jsonSm3", stored.getJsonSm3());
        model.setVariable("pdfSm3", stored.getPdfSm3());
        return templates.process("public/report", model);
    }

    /** The pages depend on the published data only, not on the request: the same HTML for every visitor. */
    private static Context model() {
        return new Context(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A GET whose If-None-Match matches the ETag is answered 304 without a body (Spring's HttpEntity handling).
     * A missing page or a malformed link is answered by {@link PortalProblems}.
     */
    private static ResponseEntity<byte[]> send(HttpStatus status, RenderedPage page) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .eTag(page.etag())
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(page.html());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已发布的报告");
    }
}
