package cn.nianbao.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
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
    ResponseEntity<byte[]> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String year,
            @CookieValue(name = TextSize.COOKIE, required = false) String textSize) {
        PortalQuery query = PortalQuery.of(q, year);
        TextSize size = TextSize.of(textSize);
        RenderedPage page = pages.get(size + " list " + query.key(), () -> renderList(query, size));
        return send(query.problem() == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST, page);
    }

    /** One agency's reports across the years, their headline figures side by side, 历史年报 included. */
    @GetMapping("/public/agencies/{agencyId}")
    ResponseEntity<byte[]> agency(
            @PathVariable long agencyId, @CookieValue(name = TextSize.COOKIE, required = false) String textSize) {
        TextSize size = TextSize.of(textSize);
        return send(HttpStatus.OK, pages.get(size + " agency " + agencyId, () -> renderAgency(agencyId, size)));
    }

    @GetMapping("/public/reports/{publicationId}")
    ResponseEntity<byte[]> report(
            @PathVariable long publicationId, @CookieValue(name = TextSize.COOKIE, required = false) String textSize) {
        TextSize size = TextSize.of(textSize);
        return send(
                HttpStatus.OK, pages.get(size + " report " + publicationId, () -> renderReport(publicationId, size)));
    }

    private String renderList(PortalQuery query, TextSize size) {
        List<PublishedReport> all = publications.list();
        Map<Integer, List<PublishedReport>> byYear = query.apply(all).stream()
                .collect(Collectors.groupingBy(PublishedReport::year, LinkedHashMap::new, Collectors.toList()));
        String here = UriComponentsBuilder.fromPath("/public")
                .queryParamIfPresent("q", Optional.of(query.agencyName()).filter(q -> !q.isEmpty()))
                .queryParamIfPresent("year", Optional.ofNullable(query.year()))
                .encode()
                .build()
                .toUriString();
        Context model = model(size, here);
        model.setVariable("byYear", byYear);
        model.setVariable("q", query.agencyName());
        model.setVariable("year", query.year());
        model.setVariable("searched", !query.isEmpty());
        model.setVariable("problem", query.problem());
        model.setVariable(
                "years", all.stream().map(PublishedReport::year).distinct().toList());
        return templates.process("public/list", model);
    }

    private String renderAgency(long agencyId, TextSize size) {
        AgencyYears agency = publications.acrossYears(agencyId).orElseThrow(PortalController::notFound);
        Context model = model(size, "/public/agencies/" + agencyId);
        model.setVariable("agencyName", agency.agencyName());
        model.setVariable("years", agency.years());
        model.setVariable("lines", agency.years().getFirst().headline().keySet());
        model.setVariable("anyImported", agency.years().stream().anyMatch(PublishedFigures::isImported));
        return templates.process("public/agency", model);
    }

    private String renderReport(long publicationId, TextSize size) {
        PortalPage page = publications.page(publicationId).orElseThrow(PortalController::notFound);
        Context model = model(size, "/public/reports/" + publicationId);
        model.setVariable("entry", page.entry());
        model.setVariable("versions", page.versions());
        model.setVariable("shown", page.shown());
        model.setVariable("current", page.versions().getLast());
        model.setVariable("edition", page.edition());
        model.setVariable("report", StandardLayout.of(page.report()));
        EditionDigests stored =
                files.digests(publicationId, page.shown().current()).orElseThrow(PortalController::notFound);
        model.setVariable("jsonSm3", stored.jsonSm3());
        model.setVariable("pdfSm3", stored.pdfSm3());
        model.setVariable("supersededPdfSm3", stored.supersededPdfSm3());
        return templates.process("public/report", model);
    }

    /**
     * The pages depend on the published data and the text size only, not on anything else of the request: the same
     * HTML for every visitor who chose the same size. {@code here} is where the size switch sends the visitor back to.
     */
    static Context model(TextSize size, String here) {
        Context model = new Context(Locale.SIMPLIFIED_CHINESE);
        model.setVariable("largeText", size.isLarge());
        model.setVariable("here", here);
        return model;
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
                // the text size is in a cookie: a shared cache keeps one copy per size, not the first one it saw
                .varyBy(HttpHeaders.COOKIE)
                .body(page.html());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已发布的报告");
    }
}
