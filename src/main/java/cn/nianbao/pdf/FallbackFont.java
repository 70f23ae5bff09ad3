package cn.nianbao.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font of {@code src/main/resources/fonts} for characters that Noto Sans SC lacks (HanaMinB for CJK Extension B and
 * later, Symbola for emoji). It is read from the classpath at the first PDF that holds such a character, not at
 * start-up and not for a report without one (HanaMinB is 30 MB), and then kept with the set of characters it covers.
 */
final class FallbackFont {

    private final String family;
    private final String path;
    private volatile Loaded loaded;

    private record Loaded(byte[] bytes, BitSet covered) {}

    FallbackFont(String family, String path) {
        this.family = family;
        this.path = path;
    }

    /** The family the print CSS names it by. */
    String family() {
        return family;
    }

    /** Whether it has a glyph for any of these characters (reads the font the first time). */
    boolean coversAny(List<Integer> codePoints) {
        BitSet covered = load().covered();
        return codePoints.stream().anyMatch(covered::get);
    }

    /**
     * The font for one document, embedded as a subset of the glyphs used. It is parsed anew for each such render (a
     * parsed font reads its glyphs from one shared position, so two renders at once may not share one): for HanaMinB
     * about 15 ms and 100 MB of short-lived memory, where a parsed copy kept between renders would hold 80 MB of heap
     * for good, for a report that comes now and then and whose PDF is then cached.
     */
    PDFontSupplier forDocument(PDDocument document) {
        try {
            return new PDFontSupplier(PDType0Font.load(document, parse(load().bytes()), true));
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be embedded", e);
        }
    }

    private Loaded load() {
        Loaded font = loaded;
        if (font == null) {
            synchronized (this) {
                font = loaded;
                if (font == null) {
                    font = read();
                    loaded = font;
                }
            }
        }
        return font;
    }

    private Loaded read() {
        try (InputStream stream = FallbackFont.class.getResourceAsStream(path)) {
            if (stream == null) {
                throw new IllegalStateException("font " + path + " is not on the classpath");
            }
            byte[] bytes = stream.readAllBytes();
            try (TrueTypeFont font = parse(bytes)) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet covered = new BitSet();
                for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes != null) {
                        codes.forEach(covered::set);
                    }
                }
                return new Loaded(bytes, covered);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be read", e);
        }
    }

    /** Without glyph substitution, as Noto Sans SC (see {@code PdfFonts}). */
    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        return font;
    }
}
