package cn.nianbao.pdf;

import cn.nianbao.base.PlainText;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf, the one pipeline of every PDF Nianbao makes (the published report, the 审批表 and
 * 签发单): Noto Sans SC embedded from the classpath (the font jar {@code ph-fonts-noto-sans-sc}), so that no font of
 * the operating system is needed (STACK.md §8). Characters Noto Sans SC lacks (𠮷 and the rest of CJK Extension B
 * and later, emoji) are drawn with the {@link #FALLBACKS}, registered only when the text holds such a character; one
 * that no font has prints as {@link #MISSING}. The templates name {@link #FONT_FAMILY} on every element.
 */
@Component
public class HtmlPdf {

    public static final String FONT_FAMILY = "Noto Sans SC";

    /** Printed for a character no font has, instead of openhtmltopdf's 「#」: the mark of Chinese typesetting. */
    public static final String MISSING = "□";

    private static final String FONT_FOLDER = "/fonts/ttf/NotoSansSC/";
    static final String REGULAR = FONT_FOLDER + "NotoSansSC-Regular.ttf";
    static final String BOLD = FONT_FOLDER + "NotoSansSC-Bold.ttf";

    /** After Noto Sans SC, in the order the print CSS names them: HanaMinB for plane 2, Symbola for emoji. */
    static final List<FallbackFont> FALLBACKS = List.of(
            new FallbackFont("HanaMinB", "/fonts/HanaMinB.ttf"), new FallbackFont("Symbola", "/fonts/Symbola.ttf"));

    private static final Pattern VARIATION_SELECTORS = Pattern.compile("[\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

    /**
     * A render takes a few hundred ms of CPU and tens of MB of memory (layout, and the font subset to embed), and
     * some PDFs are anonymous downloads: at most two renders at once, whichever document.
     */
    private final Semaphore rendering = new Semaphore(2);

    /** Read at the first PDF, not at start-up; then kept: 20 MB of font that no render reads from the jar again. */
    private volatile PdfFonts fonts;

    public HtmlPdf() {
        PdfRendererLogging.install();
        requireFont(REGULAR);
        requireFont(BOLD);
    }

    /**
     * The XHTML as the PDF is made from it: only characters the XML parser accepts ({@link PlainText#printable}),
     * whatever text was stored, and without variation selectors, which openhtmltopdf cannot apply (it reads no format
     * 14 cmap): it would print each of them as a character of its own.
     */
    public static String printable(String xhtml) {
        return VARIATION_SELECTORS.matcher(PlainText.printable(xhtml)).replaceAll("");
    }

    /** {@code what} names the document in the message of a failure. */
    public byte[] render(String xhtml, String what) {
        String printable = printable(xhtml);
        rendering.acquireUninterruptibly();
        try {
            return renderNow(printable, what);
        } finally {
            rendering.release();
        }
    }

    private byte[] renderNow(String printable, String what) {
        PdfFonts loaded = fonts();
        PdfFonts.ParsedFonts parsed = loaded.take();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .useFont(parsed.regular(document), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(parsed.bold(document), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useReplacementText(MISSING);
            List<Integer> missing = parsed.lacking(printable);
            for (FallbackFont fallback : FALLBACKS) {
                if (!missing.isEmpty() && fallback.coversAny(missing)) {
                    builder.useFont(fallback.forDocument(document), fallback.family(), 400, FontStyle.NORMAL, true);
                }
            }
            builder.withHtmlContent(printable, null).toStream(pdf).run();
            return loaded.toUnicode().repair(pdf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of " + what + " failed", e);
        } finally {
            loaded.giveBack(parsed);
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
