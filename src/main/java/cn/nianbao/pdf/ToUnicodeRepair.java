package cn.nianbao.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Makes the text of the PDF say the characters the report has, so that searching and copying work.
 *
 * <p>In Noto Sans SC (as in most CJK fonts) an ideograph and the radical that looks like it share one glyph: 一
 * (U+4E00) and ⼀ (KANGXI RADICAL ONE, U+2F00), 工 and ⼯, 页 and ⻚ (CJK RADICAL C-SIMPLIFIED LEAF). When PDFBox embeds
 * a subset it writes the glyph's character into the font's {@code /ToUnicode} map as the lowest code point mapped to
 * the glyph, which is the radical (PDFBox's {@code PDCIDFontType2Embedder.buildToUnicodeCMap}, "use the first entry
 * even for ambiguous mappings"; still so in PDFBox 3.0.7). The page looks right, but a reader searching the PDF for
 * 「工作」 finds nothing and a copy gives 「⼯作」. This rewrites each such map entry to the CJK unified ideograph that
 * shares the glyph. A radical typed on purpose would come out as its ideograph: they look the same.
 */
final class ToUnicodeRepair {

    /** Entries per {@code beginbfchar} block: the CMap specification allows at most 100. */
    private static final int BLOCK = 100;

    /** Code point the embedder picks → the ideograph that shares its glyph. */
    private final Map<Integer, Integer> preferred;

    private ToUnicodeRepair(Map<Integer, Integer> preferred) {
        this.preferred = Map.copyOf(preferred);
    }

    /** Reads the cmap of each font (the same fonts the PDF embeds) for the glyphs shared by several characters. */
    static ToUnicodeRepair forFonts(List<Supplier<InputStream>> fonts) {
        Map<Integer, Integer> preferred = new HashMap<>();
        for (Supplier<InputStream> font : fonts) {
            try (InputStream stream = font.get();
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(stream))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes == null || codes.size() < 2) {
                        continue;
                    }
                    Integer ideograph = codes.stream()
                            .filter(ToUnicodeRepair::isUnifiedIdeograph)
                            .findFirst()
                            .orElse(null);
                    if (ideograph == null) {
                        continue;
                    }
                    for (int code : codes) {
                        if (!isUnifiedIdeograph(code)) {
                            preferred.put(code, ideograph);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font's cmap", e);
            }
        }
        return new ToUnicodeRepair(preferred);
    }

    int size() {
        return preferred.size();
    }

    /** The PDF with every font's {@code /ToUnicode} map corrected; the same bytes when nothing needed it. */
    byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSBase> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                // the font dictionaries as they are: building a PDFont of each would parse its maps once more
                COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts == null) {
                    continue;
                }
                for (COSName name : fonts.keySet()) {
                    COSDictionary font = fonts.getCOSDictionary(name);
                    if (font != null && COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) && seen.add(font)) {
                        changed |= repair(document, font);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    private boolean repair(PDDocument document, COSDictionary font) throws IOException {
        COSStream toUnicode = font.getCOSStream(COSName.TO_UNICODE);
        if (toUnicode == null) {
            return false;
        }
        CMap cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> entries = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text == null) {
                continue;
            }
            if (text.codePointCount(0, text.length()) == 1 && preferred.containsKey(text.codePointAt(0))) {
                text = Character.toString(preferred.get(text.codePointAt(0)));
                changed = true;
            }
            entries.put(code, text);
        }
        if (!changed) {
            return false;
        }
        COSStream replacement = document.getDocument().createCOSStream();
        try (OutputStream out = replacement.createOutputStream(COSName.FLATE_DECODE)) {
            write(entries, out);
        }
        font.setItem(COSName.TO_UNICODE, replacement);
        return true;
    }

    /** A ToUnicode CMap of two-byte codes, one {@code bfchar} entry per code (PDF 32000-1 §9.10.3). */
    private static void write(Map<Integer, String> entries, OutputStream out) throws IOException {
        StringBuilder cmap = new StringBuilder(entries.size() * 16 + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> all = List.copyOf(entries.entrySet());
        for (int start = 0; start < all.size(); start += BLOCK) {
            List<Map.Entry<Integer, String>> block = all.subList(start, Math.min(all.size(), start + BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append('<').append(String.format("%04X", entry.getKey())).append("> <");
                for (byte b : entry.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    cmap.append(String.format("%02X", b & 0xFF));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** CJK Unified Ideographs and their extensions (A; B and later in plane 2 and 3). */
    static boolean isUnifiedIdeograph(int codePoint) {
        return (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFF);
    }
}
