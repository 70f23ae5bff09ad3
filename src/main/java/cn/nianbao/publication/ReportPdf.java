package cn.nianbao.publication;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.ReportView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A published report as PDF: the print template ({@code templates/public/report-print.html}, the same body as the
 * portal page) rendered by openhtmltopdf, with Noto Sans SC embedded from the classpath (the font jar
 * {@code ph-fonts-noto-sans-sc}), so that no font of the operating system is needed (STACK.md §8). Characters Noto
 * Sans SC lacks (𠮷 and the rest of CJK Extension B and later, emoji) are drawn with the {@link #FALLBACKS}, which a
 * render registers only when the report holds such a character; one that no font has prints as {@link #MISSING}.
 */
@Component
class ReportPdf {

    /** The font family the print CSS names; every element of the print template uses it. */
    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String FONT_FOLDER = "/fonts/ttf/NotoSansSC/";
    static final String REGULAR = FONT_FOLDER + "NotoSansSC-Regular.ttf";
    static final String BOLD = FONT_FOLDER + "NotoSansSC-Bold.ttf";

    /** After Noto Sans SC, in the order the print CSS names them: HanaMinB for plane 2, Symbola for emoji. */
    static final List<FallbackFont> FALLBACKS = List.of(
            new FallbackFont("HanaMinB", "/fonts/HanaMinB.ttf"), new FallbackFont("Symbola", "/fonts/Symbola.ttf"));

    /** Printed for a character no font has, instead of openhtmltopdf's 「#」: the mark of Chinese typesetting. */
    static final String MISSING = "□";

    private static final Pattern VARIATION_SELECTORS = Pattern.compile("[\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

    /** Rendered PDFs kept: about 70 KB each. */
    private static final int CACHED = 32;

    private final ITemplateEngine templates;

    /**
     * A render takes a few hundred ms of CPU and tens of MB of memory (layout, and the font subset to embed). The
     * downloads are anonymous: at most two renders at once, and a published report is rendered once, not per click.
     */
    private final Semaphore rendering = new Semaphore(2);

    private final Cache<String, byte[]> cache =
            Caffeine.newBuilder().maximumSize(CACHED).build();

    /** Read at the first PDF, not at start-up; then kept: 20 MB of font that no render reads from the jar again. */
    private volatile PdfFonts fonts;

    ReportPdf(ITemplateEngine templates) {
        PdfRendererLogging.install();
        this.templates = templates;
        requireFont(REGULAR);
        requireFont(BOLD);
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
        rendering.acquireUninterruptibly();
        try {
            // rendered outside the cache's lock: two first clicks on one report may both render, never block others
            byte[] pdf = render(entry, StandardLayout.of(report));
            cache.put(key, pdf);
            return pdf;
        } finally {
            rendering.release();
        }
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
        rendering.acquireUninterruptibly();
        try {
            return render(page.entry(), StandardLayout.of(page.report()), page, superseded);
        } finally {
            rendering.release();
        }
    }

    /**
     * The XHTML the PDF is made from, holding only characters the XML parser accepts ({@link PlainText#printable}),
     * whatever text was stored, and without variation selectors, which openhtmltopdf cannot apply (it reads no
     * format 14 cmap): it would print each of them as a character of its own.
     */
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
        return VARIATION_SELECTORS
                .matcher(PlainText.printable(templates.process("public/report-print", context)))
                .replaceAll("");
    }

    byte[] render(PublishedReport entry, StandardLayout report) {
        return render(entry, report, null, null);
    }

    private byte[] render(PublishedReport entry, StandardLayout report, PortalPage edition, Supersession superseded) {
        String xhtml = xhtml(entry, report, edition, superseded);
        PdfFonts fonts = fonts();
        PdfFonts.ParsedFonts parsed = fonts.take();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .useFont(parsed.regular(document), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(parsed.bold(document), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useReplacementText(MISSING);
            List<Integer> missing = parsed.lacking(xhtml);
            for (FallbackFont fallback : FALLBACKS) {
                if (!missing.isEmpty() && fallback.coversAny(missing)) {
                    builder.useFont(fallback.forDocument(document), fallback.family(), 400, FontStyle.NORMAL, true);
                }
            }
            builder.withHtmlContent(xhtml, null).toStream(pdf).run();
            return fonts.toUnicode().repair(pdf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of publication " + entry.publicationId() + " failed", e);
        } finally {
            fonts.giveBack(parsed);
        }
    }

    private PdfFonts fonts() {
        PdfFonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                loaded = fonts;
                if (loaded == null) {
                    loaded = PdfFonts.load();
                    fonts = loaded;
                }
            }
        }
        return loaded;
    }

    /** Fails at start-up, not at the first download, when the font jar is missing. */
    private static void requireFont(String path) {
        try (InputStream stream = PdfFonts.fontStream(path)) {
            stream.read();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be read", e);
        }
    }
}
