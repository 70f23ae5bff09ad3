package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.reading.PdfGlyphs.VisualLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The visual lines of a PDF outside its tables joined into paragraphs, as a reader sees them: a line continues the
 * paragraph above it when it has the same font size, follows it at the line spacing (or at the top of the next page),
 * is not indented, and the line above ran to the right margin; a centred line continues a centred or full line above
 * it (a title over two lines). A heading (a larger font, a short line) or an indented first line starts a paragraph.
 * A line with wide gaps is a row of a table drawn without lines: a line of its own, its cells cut at the gaps.
 */
final class PdfParagraphs {

    private final ReadingBudget budget;
    private final List<List<String>> lines = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private VisualLine previous;
    private boolean pageBreak;
    private float left;
    private float right;

    PdfParagraphs(ReadingBudget budget) {
        this.budget = budget;
    }

    /** A new page begins; these are its lines outside tables, whose ends give its margins. */
    void newPage(List<VisualLine> free) {
        pageBreak = true;
        left = (float) free.stream().mapToDouble(VisualLine::x0).min().orElse(0);
        right = (float) free.stream().mapToDouble(VisualLine::x1).max().orElse(0);
    }

    void line(VisualLine line) throws UnreadableReportException {
        if (line.cells().size() > 1) {
            rows(List.of(line.cells()));
            return;
        }
        if (previous == null || !continues(line)) {
            flush();
        }
        paragraph.add(line.text());
        previous = line;
        pageBreak = false;
    }

    /** Rows of a table: each a line of its own, ending the paragraph before them. */
    void rows(List<List<String>> rows) throws UnreadableReportException {
        flush();
        previous = null;
        for (List<String> row : rows) {
            add(row);
        }
    }

    List<List<String>> lines() throws UnreadableReportException {
        flush();
        return lines;
    }

    private boolean continues(VisualLine line) {
        float size = line.size();
        if (Math.abs(size - previous.size()) > 0.5f) {
            return false;
        }
        if (!pageBreak && (line.y() - previous.y() > size * 2.0f || line.y() <= previous.y())) {
            return false;
        }
        boolean full = right - previous.x1() < size * 1.5f;
        float before = line.x0() - left;
        float after = right - line.x1();
        boolean centred = before > size && Math.abs(before - after) < size;
        if (centred) {
            return full || isCentred(previous);
        }
        return full && before < size * 1.2f;
    }

    private boolean isCentred(VisualLine line) {
        float before = line.x0() - left;
        return before > line.size() && Math.abs(before - (right - line.x1())) < line.size();
    }

    private void flush() throws UnreadableReportException {
        if (!paragraph.isEmpty()) {
            String text = PdfGlyphs.join(paragraph).strip();
            paragraph.clear();
            if (!text.isEmpty()) {
                add(List.of(text));
            }
        }
    }

    private void add(List<String> line) throws UnreadableReportException {
        budget.line(line.size());
        lines.add(line);
    }
}
