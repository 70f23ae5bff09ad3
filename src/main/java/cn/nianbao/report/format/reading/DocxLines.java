package cn.nianbao.report.format.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx, read with Apache POI) as the lines of the plain-text form, as {@link HtmlLines} reads a
 * page: each paragraph a line, each table one line per row with its cells on the table's grid. A cell spanning
 * columns ({@code gridSpan}) leaves empty cells to its right and a cell continuing a vertical merge ({@code vMerge})
 * is empty, as a merged HTML cell leaves them; the paragraphs of a cell are one cell's text, so a note written under
 * a figure stays that figure's note. A table holding tables is layout, read through. Spans are capped and every grid
 * counted against the {@link ReadingBudget}, as for a page.
 */
final class DocxLines {

    /** Tables inside tables deeper than this are no report's layout. */
    private static final int MAX_NESTING = 5;

    private final ReadingBudget budget;
    private final List<List<String>> lines = new ArrayList<>();

    private DocxLines(ReadingBudget budget) {
        this.budget = budget;
    }

    static List<List<String>> of(byte[] bytes, ReadingBudget budget) throws UnreadableReportException {
        if (OfficeFile.isOle2(bytes)) {
            throw OfficeFile.refusalOfOle2(bytes);
        }
        OfficeFile.refuseUnsafeZip(bytes, budget);
        DocxLines reader = new DocxLines(budget);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            reader.walk(document.getBodyElements(), 0);
        } catch (UnreadableReportException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // POI's own zip-bomb check, a broken part, XML that is not WordprocessingML: all unreadable as Word
            throw new UnreadableReportException(OfficeFile.CORRUPT);
        }
        return reader.lines;
    }

    private void walk(List<IBodyElement> elements, int depth) throws UnreadableReportException {
        if (depth > MAX_NESTING) {
            throw new UnreadableReportException(ReadingBudget.TOO_COMPLEX + "表格层层嵌套超过 " + MAX_NESTING + " 层。");
        }
        for (IBodyElement element : elements) {
            budget.inTime();
            switch (element) {
                case XWPFParagraph paragraph -> paragraph(paragraph.getText());
                case XWPFSDT control -> paragraph(control.getContent().getText());
                case XWPFTable table -> {
                    if (holdsTables(table)) {
                        // a layout table around the real ones: its cells are read as the document's body
                        for (XWPFTableRow row : table.getRows()) {
                            for (XWPFTableCell cell : row.getTableCells()) {
                                walk(cell.getBodyElements(), depth + 1);
                            }
                        }
                    } else {
                        grid(table);
                    }
                }
                default -> {}
            }
        }
    }

    /** A paragraph, or the lines of one broken by soft line breaks. */
    private void paragraph(String text) throws UnreadableReportException {
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String clean = normalized(line);
            if (!clean.isEmpty()) {
                add(List.of(clean));
            }
        }
    }

    private void grid(XWPFTable table) throws UnreadableReportException {
        int taken = 0;
        for (XWPFTableRow row : table.getRows()) {
            budget.inTime();
            List<String> cells = new ArrayList<>();
            for (int before = gridBefore(row); before > 0; before--) {
                cells.add("");
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? Math.clamp(properties.getGridSpan().getVal().longValue(), 1, ReadingBudget.MAX_COLSPAN)
                        : 1;
                taken += span;
                budget.tableCells(taken);
                cells.add(continuesMerge(properties) ? "" : text(cell));
                for (int covered = 1; covered < span; covered++) {
                    cells.add("");
                }
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                add(cells);
            }
        }
    }

    /** A cell below the first of a vertical merge, or right of the first of an old-style horizontal one. */
    private static boolean continuesMerge(CTTcPr properties) {
        if (properties == null) {
            return false;
        }
        boolean vertical = properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null
                        || properties.getVMerge().getVal() == STMerge.CONTINUE);
        boolean horizontal = properties.isSetHMerge()
                && (properties.getHMerge().getVal() == null
                        || properties.getHMerge().getVal() == STMerge.CONTINUE);
        return vertical || horizontal;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return Math.clamp(properties.getGridBeforeArray(0).getVal().longValue(), 0, ReadingBudget.MAX_COLSPAN);
    }

    /** All paragraphs of the cell as one text: 「12」 and 「（其中修订5件）」 under it read as 「12 （其中修订5件）」. */
    private static String text(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            paragraphs.add(paragraph.getText());
        }
        return normalized(String.join(" ", paragraphs));
    }

    private static boolean holdsTables(XWPFTable table) {
        return table.getRows().stream()
                .flatMap(row -> row.getTableCells().stream())
                .anyMatch(cell -> !cell.getTables().isEmpty());
    }

    private static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }

    private void add(List<String> line) throws UnreadableReportException {
        budget.line(line.size());
        lines.add(line);
    }
}
