package cn.nianbao.publication;

import cn.nianbao.report.ReportView;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A published report as PDF: the print template ({@code templates/public/report-print.html}, the same body as the
 * portal page) rendered by openhtmltopdf, with Noto Sans SC embedded from the classpath (the font jar
 * {@code ph-fonts-noto-sans-sc}), so that no font of the operating system is needed (STACK.md §8).
 */
@Component
class ReportPdf {

    /** The font family the print CSS names; every element of the print template uses it. */
    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String FONT_FOLDER = "/fonts/ttf/NotoSansSC/";
    static final String REGULAR = FONT_FOLDER + "NotoSansSC-Regular.ttf";
    static final String BOLD = FONT_FOLDER + "NotoSansSC-Bold.ttf";

    /** Rendered PDFs kept: about 70 KB each. */
    private static final int CACHED = 32;

    private final ITemplateEngine templates;

    /**
     * A render takes a good part of a second of CPU and tens of MB of memory (the font is parsed for the subset). The
     * downloads are anonymous: at most two renders at once, and a published report is rendered once, not per click.
     */
    private final Semaphore rendering = new Semaphore(2);
    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    /** Read at the first PDF, not at start-up; then kept: 20 MB of font that no render reads from the jar again. */
    private volatile Fonts fonts;

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
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] pdf;
        rendering.acquireUninterruptibly();
        try {
            pdf = render(entry, StandardLayout.of(report));
        } finally {
            rendering.release();
        }
        synchronized (cache) {
            cache.put(key, pdf);
        }
        return pdf;
    }

    /** The XHTML the PDF is made from. */
    String xhtml(PublishedReport entry, StandardLayout report) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("entry", entry);
        context.setVariable("report", report);
        return templates.process("public/report-print", context);
    }

    byte[] render(PublishedReport entry, StandardLayout report) {
        String xhtml = xhtml(entry, report);
        Fonts fonts = fonts();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(fonts::regular, FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(fonts::bold, FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
            return fonts.toUnicode().repair(pdf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of publication " + entry.publicationId() + " failed", e);
        }
    }

    private Fonts fonts() {
        Fonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                loaded = fonts;
                if (loaded == null) {
                    loaded = Fonts.load();
                    fonts = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The two weights of Noto Sans SC as read from the classpath. The renderer asks for a stream each time it needs a
     * font and embeds only the glyphs the report uses (subset).
     */
    private static final class Fonts {

        private final byte[] regularBytes;
        private final byte[] boldBytes;
        private final ToUnicodeRepair toUnicode;

        private Fonts(byte[] regularBytes, byte[] boldBytes, ToUnicodeRepair toUnicode) {
            this.regularBytes = regularBytes;
            this.boldBytes = boldBytes;
            this.toUnicode = toUnicode;
        }

        static Fonts load() {
            byte[] regular = readFont(REGULAR);
            byte[] bold = readFont(BOLD);
            ToUnicodeRepair repair = ToUnicodeRepair.forFonts(
                    List.of(() -> new ByteArrayInputStream(regular), () -> new ByteArrayInputStream(bold)));
            return new Fonts(regular, bold, repair);
        }

        InputStream regular() {
            return new ByteArrayInputStream(regularBytes);
        }

        InputStream bold() {
            return new ByteArrayInputStream(boldBytes);
        }

        ToUnicodeRepair toUnicode() {
            return toUnicode;
        }
    }

    private static byte[] readFont(String path) {
        try (InputStream stream = fontStream(path)) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be read", e);
        }
    }

    private static InputStream fontStream(String path) {
        InputStream stream = ReportPdf.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("font " + path + " is not on the classpath (ph-fonts-noto-sans-sc)");
        }
        return stream;
    }

    /** Fails at start-up, not at the first download, when the font jar is missing. */
    private static void requireFont(String path) {
        try (InputStream stream = fontStream(path)) {
            stream.read();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be read", e);
        }
    }
}
