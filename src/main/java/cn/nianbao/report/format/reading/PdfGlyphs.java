package cn.nianbao.report.format.reading;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of a PDF's text layer, one page at a time, with their positions (PDFBox's {@link TextPosition}, in the
 * page's top-down coordinates), and how glyphs make text: a visual line is the glyphs on one baseline, left to right,
 * with a space where the gap between two is wider than a space; wrapped lines are joined without a space (Chinese
 * breaks anywhere), except between two Latin letters or digits.
 */
final class PdfGlyphs extends PDFTextStripper {

    /** One glyph: its text, where its baseline starts, its advance and font size. */
    record Glyph(String text, float x, float y, float width, float size) {

        float centerX() {
            return x + width / 2;
        }

        /** Half-way up a capital letter or a Chinese character. */
        float centerY() {
            return y - size * 0.35f;
        }
    }

    /**
     * Glyphs on one baseline: their text, left and right ends and font size, and the text cut where the gap between
     * two glyphs is wider than {@link #CELL_GAP} characters: the cells of a table drawn without lines.
     */
    record VisualLine(String text, float y, float x0, float x1, float size, List<String> cells) {}

    /** A gap this many characters wide parts two cells of a table without lines; words are one space apart. */
    static final float CELL_GAP = 1.5f;

    static final int MAX_GLYPHS_PER_PAGE = 100_000;

    private final ReadingBudget budget;
    private final List<Glyph> glyphs = new ArrayList<>();

    PdfGlyphs(ReadingBudget budget) throws IOException {
        this.budget = budget;
    }

    /**
     * The glyphs of one page (1-based). A space is kept as a glyph too: one at the end of a line is the only sign
     * that the words on either side of a line break are two.
     */
    List<Glyph> page(PDDocument document, int number) throws IOException {
        glyphs.clear();
        setStartPage(number);
        setEndPage(number);
        getText(document);
        return List.copyOf(glyphs);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.inTime();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty() || text.getDir() != 0f) {
            return;
        }
        if (glyphs.size() >= MAX_GLYPHS_PER_PAGE) {
            throw new IllegalStateException(ReadingBudget.TOO_COMPLEX + "一页 PDF 超过 " + MAX_GLYPHS_PER_PAGE + " 个字。");
        }
        float size = Math.max(text.getFontSizeInPt(), text.getHeightDir());
        glyphs.add(new Glyph(ideographs(unicode), text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size));
    }

    /** The glyphs as visual lines, top to bottom. */
    static List<VisualLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<VisualLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty()) {
                Glyph first = current.getFirst();
                if (g.y() - first.y() > Math.max(first.size(), g.size()) * 0.4f) {
                    addLine(lines, current);
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            addLine(lines, current);
        }
        return lines;
    }

    private static void addLine(List<VisualLine> lines, List<Glyph> glyphs) {
        VisualLine line = line(glyphs);
        if (line != null) {
            lines.add(line);
        }
    }

    /** The lines' texts joined: the text of a table cell, or of a paragraph over several lines. */
    static String join(List<String> texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            if (!joined.isEmpty()
                    && !text.isEmpty()
                    && latin(joined.charAt(joined.length() - 1))
                    && latin(text.charAt(0))) {
                joined.append(' ');
            }
            joined.append(text);
        }
        return joined.toString();
    }

    private static VisualLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        List<String> cells = new ArrayList<>();
        int cellStart = 0;
        Glyph previous = null;
        float size = 0;
        boolean space = false;
        for (Glyph g : glyphs) {
            if (g.text().isBlank()) {
                space = previous != null;
                continue;
            }
            if (previous != null) {
                float gap = g.x() - (previous.x() + previous.width());
                if (g.text().equals(previous.text()) && g.x() < previous.x() + previous.width() / 2) {
                    continue; // drawn twice (a bold made by overprinting)
                }
                if (gap > Math.max(g.size(), previous.size()) * CELL_GAP) {
                    cells.add(text.substring(cellStart).strip());
                    cellStart = text.length() + 1;
                }
                if (space || gap > Math.max(g.size(), previous.size()) * 0.2f) {
                    text.append(' ');
                }
            }
            text.append(g.text());
            size = Math.max(size, g.size());
            previous = g;
            space = false;
        }
        if (previous == null) {
            return null;
        }
        cells.add(text.substring(Math.min(cellStart, text.length())).strip());
        Glyph first =
                glyphs.stream().filter(g -> !g.text().isBlank()).findFirst().orElseThrow();
        return new VisualLine(
                space ? text + " " : text.toString(),
                first.y(),
                first.x(),
                previous.x() + previous.width(),
                size,
                List.copyOf(cells));
    }

    /**
     * A Kangxi radical as the ideograph it looks like (⼯ as 工, ⼀ as 一): a CJK font draws both with one glyph, and
     * PDF writers (PDFBox among them) often name the glyph by the radical in the text layer.
     */
    static String ideographs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0x2F00 && c <= 0x2FDF) {
                out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
