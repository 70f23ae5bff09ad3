package cn.nianbao.publication;

import cn.nianbao.pdf.HtmlPdf;
import cn.nianbao.report.ReportView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A published report as PDF: the print template ({@code templates/public/report-print.html}, the same body as the
 * portal page) rendered by {@link HtmlPdf}, whose fonts the print CSS names.
 */
@Component
class ReportPdf {

    /** Rendered PDFs kept: about 70 KB each. */
    private static final int CACHED = 32;

    private final ITemplateEngine templates;
    private final HtmlPdf html;

    private final Cache<String, byte[]> cache =
            Caffeine.newBuilder().maximumSize(CACHED).build();

    ReportPdf(ITemplateEngine templates, HtmlPdf html) {
        this.templates = templates;
        this.html = html;
    }

    /**
     * The PDF of a published report, rendered at most once per publication, content version and title (the agency's
     * name may change; a published report's content does not, but should it ever, its version does).
     */
    byte[] pdfOf(PublishedReport entry, ReportView report) {
        String key = entry.publicationId() + "/" + report.version() + "/" + entry.title();
        byte[] cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // rendered outside the cache's lock: two first clicks on one report may both render, never block others
        byte[] pdf = render(entry, StandardLayout.of(report));
        cache.put(key, pdf);
        return pdf;
    }

    /**
     * The PDF of one edition as it is stored when published: with the 更正公告 (date and 更正说明) of a correction.
     * Not cached here: {@link EditionFiles} renders an edition once and keeps the bytes.
     */
    byte[] pdfOf(PortalPage page) {
        return pdfOf(page, null);
    }

    /** The PDF of a superseded edition: the stored one's content with the 已被更正 notice and the link on its first page. */
    byte[] pdfOf(PortalPage page, Supersession superseded) {
        return html.render(
                xhtml(page.entry(), StandardLayout.of(page.report()), page, superseded),
                "publication " + page.entry().publicationId());
    }

    /** The XHTML the PDF is made from ({@link HtmlPdf#printable}). */
    String xhtml(PublishedReport entry, StandardLayout report) {
        return xhtml(entry, report, null, null);
    }

    private String xhtml(PublishedReport entry, StandardLayout report, PortalPage edition, Supersession superseded) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("entry", entry);
        context.setVariable("report", report);
        if (superseded != null) {
            context.setVariable("supersededEdition", superseded.edition());
            context.setVariable("supersededBy", superseded.byEdition());
            context.setVariable("supersededOn", superseded.byOn());
            context.setVariable("supersededUrl", superseded.url());
        }
        if (edition != null && edition.edition() != null && edition.edition().isCorrection()) {
            // plain values: the template engine reaches no method of this package's records
            context.setVariable("correctedOn", edition.entry().publishedOn());
            context.setVariable("correctedEdition", edition.shown().number());
            context.setVariable("correctionNote", edition.edition().correctionNote());
        }
        return HtmlPdf.printable(templates.process("public/report-print", context));
    }

    byte[] render(PublishedReport entry, StandardLayout report) {
        return html.render(xhtml(entry, report), "publication " + entry.publicationId());
    }
}
