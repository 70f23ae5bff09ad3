package cn.nianbao.publication;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.ReportView;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.OpenUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
    static final List<FallbackFont> FALLBACKS = List.of(new FallbackFont("HanaMinB", "/fonts/HanaMinB.ttf"),
            new FallbackFont("Symbola", "/fonts/Symbola.ttf"));

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

    /**
     * The XHTML the PDF is made from, holding only characters the XML parser accepts ({@link PlainText#printable}),
     * whatever text was stored, and without variation selectors, which openhtmltopdf cannot apply (it reads no
     * format 14 cmap): it would print each of them as a character of its own.
     */
    String xhtml(PublishedReport entry, StandardLayout report) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("entry", entry);
        context.setVariable("report", report);
        return VARIATION_SELECTORS.matcher(PlainText.printable(templates.process("public/report-print", context)))
                .replaceAll("");
    }

    byte[] render(PublishedReport entry, StandardLayout report) {
        String xhtml = xhtml(entry, report);
        Fonts fonts = fonts();
        ParsedFonts parsed = fonts.take();
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
     * The two weights of Noto Sans SC as read from the classpath, and the fonts parsed from them, kept between renders:
     * parsing the 10 MB of each weight (cmap, glyph locations) was a tenth of every render. A parsed font reads its
     * tables lazily from one shared position, so each render takes a pair of its own from {@code idle} (one per render
     * running at once, at most two through {@link #pdfOf}) and gives it back.
     */
    private static final class Fonts {

        private final byte[] regularBytes;
        private final byte[] boldBytes;
        private final ToUnicodeRepair toUnicode;
        private final BlockingQueue<ParsedFonts> idle = new ArrayBlockingQueue<>(2);

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

        ParsedFonts take() {
            ParsedFonts parsed = idle.poll();
            return parsed != null ? parsed : new ParsedFonts(parse(regularBytes), parse(boldBytes));
        }

        /** Kept for the next render; a pair beyond the two kept is left to the garbage collector. */
        void giveBack(ParsedFonts parsed) {
            idle.offer(parsed);
        }

        ToUnicodeRepair toUnicode() {
            return toUnicode;
        }

        /**
         * Without glyph substitution (GSUB): for a font whose GSUB table has Latin features, PDFBox compiles a regular
         * expression over the feature's glyph sequences at every string drawn, which was nearly half of a render; a
         * report in Chinese uses none of those ligatures, and its text reads and extracts the same without them.
         */
        private static TrueTypeFont parse(byte[] font) {
            try {
                TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
                parsed.setEnableGsub(false);
                return parsed;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse the font", e);
            }
        }
    }

    /** One pair of parsed weights; a render makes of them the fonts of its own document, embedded as a subset. */
    private record ParsedFonts(TrueTypeFont regularFont, TrueTypeFont boldFont) {

        /**
         * The characters of {@code text}, each once, that Noto Sans SC has no glyph for; ASCII, which it all has, and
         * what openhtmltopdf never draws (line ends, format characters) are not looked up.
         */
        List<Integer> lacking(String text) throws IOException {
            CmapLookup cmap = regularFont.getUnicodeCmapLookup();
            BitSet seen = new BitSet();
            List<Integer> lacking = new ArrayList<>();
            text.codePoints().filter(c -> c >= 0x80 && OpenUtil.isCodePointPrintable(c)).forEach(c -> {
                if (!seen.get(c)) {
                    seen.set(c);
                    if (cmap.getGlyphId(c) == 0) {
                        lacking.add(c);
                    }
                }
            });
            return lacking;
        }

        PDFontSupplier regular(PDDocument document) throws IOException {
            return new PDFontSupplier(PDType0Font.load(document, regularFont, true));
        }

        PDFontSupplier bold(PDDocument document) throws IOException {
            return new PDFontSupplier(PDType0Font.load(document, boldFont, true));
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
