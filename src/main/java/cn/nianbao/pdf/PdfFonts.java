package cn.nianbao.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.util.OpenUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two weights of Noto Sans SC as read from the classpath, and the fonts parsed from them, kept between renders:
 * parsing the 10 MB of each weight (cmap, glyph locations) was a tenth of every render. A parsed font reads its
 * tables lazily from one shared position, so each render takes a pair of its own from {@code idle} (one per render
 * running at once, at most two through {@link HtmlPdf#render}) and gives it back.
 */
final class PdfFonts {

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final ToUnicodeRepair toUnicode;
    private final BlockingQueue<ParsedFonts> idle = new ArrayBlockingQueue<>(2);

    private PdfFonts(byte[] regularBytes, byte[] boldBytes, ToUnicodeRepair toUnicode) {
        this.regularBytes = regularBytes;
        this.boldBytes = boldBytes;
        this.toUnicode = toUnicode;
    }

    static PdfFonts load() {
        byte[] regular = readFont(HtmlPdf.REGULAR);
        byte[] bold = readFont(HtmlPdf.BOLD);
        ToUnicodeRepair repair = ToUnicodeRepair.forFonts(
                List.of(() -> new ByteArrayInputStream(regular), () -> new ByteArrayInputStream(bold)));
        return new PdfFonts(regular, bold, repair);
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

    /** One pair of parsed weights; a render makes of them the fonts of its own document, embedded as a subset. */
    record ParsedFonts(TrueTypeFont regularFont, TrueTypeFont boldFont) {

        /**
         * The characters of {@code text}, each once, that Noto Sans SC has no glyph for; ASCII, which it all has, and
         * what openhtmltopdf never draws (line ends, format characters) are not looked up.
         */
        List<Integer> lacking(String text) throws IOException {
            CmapLookup cmap = regularFont.getUnicodeCmapLookup();
            BitSet seen = new BitSet();
            List<Integer> lacking = new ArrayList<>();
            text.codePoints()
                    .filter(c -> c >= 0x80 && OpenUtil.isCodePointPrintable(c))
                    .forEach(c -> {
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

    static InputStream fontStream(String path) {
        InputStream stream = PdfFonts.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("font " + path + " is not on the classpath (ph-fonts-noto-sans-sc)");
        }
        return stream;
    }
}
