package cn.nianbao.report.word;

import cn.nianbao.report.format.LabelCell;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes rows of cells ({@link LabelCell}: text and merge) as a bordered Word table on a grid of fixed column widths. Word has no rowspan: a
 * cell merged down starts a vertical merge, and each row it reaches gets an empty cell continuing it, of the same
 * width, in the place the HTML table would leave free.
 */
final class WordTable {

    private static final String BLACK = "000000";

    private WordTable() {}

    /** A table of these column widths (in twentieths of a point), in a font of this size. */
    static void write(XWPFDocument document, List<List<LabelCell>> rows, int[] widths, double fontSize) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
            total += width;
        }
        // fixed widths, so that Word and LibreOffice keep the grid instead of fitting columns to their text
        CTTblPr tableProperties = table.getCTTbl().getTblPr() != null
                ? table.getCTTbl().getTblPr()
                : table.getCTTbl().addNewTblPr();
        (tableProperties.isSetTblLayout() ? tableProperties.getTblLayout() : tableProperties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(total);
        // single lines of half a point, inside and out, as the template's tables
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        // the columns merged down from a row above: where they start, and how wide they are
        Map<Long, LabelCell> mergedDown = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            int column = 0;
            int next = 0;
            List<LabelCell> cells = rows.get(r);
            while (column < widths.length && (next < cells.size() || mergedDown.containsKey(key(r, column)))) {
                LabelCell above = mergedDown.get(key(r, column));
                XWPFTableCell cell = row.createCell();
                if (above != null) {
                    properties(cell, widths, column, above.colspan()).addNewVMerge();
                    text(cell, "", fontSize);
                    column += above.colspan();
                    continue;
                }
                LabelCell placed = cells.get(next++);
                CTTcPr properties = properties(cell, widths, column, placed.colspan());
                if (placed.rowspan() > 1) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                    for (int below = 1; below < placed.rowspan(); below++) {
                        mergedDown.put(key(r + below, column), placed);
                    }
                }
                text(cell, placed.text(), fontSize);
                column += placed.colspan();
            }
        }
        // a paragraph after the table, so that two tables or a table and a heading never run together
        document.createParagraph();
    }

    private static CTTcPr properties(XWPFTableCell cell, int[] widths, int column, int colspan) {
        CTTcPr properties = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int c = column; c < Math.min(widths.length, column + colspan); c++) {
            width += widths[c];
        }
        properties.addNewTcW().setW(BigInteger.valueOf(width));
        properties.getTcW().setType(STTblWidth.DXA);
        if (colspan > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(colspan));
        }
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        return properties;
    }

    private static void text(XWPFTableCell cell, String text, double fontSize) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty()
                ? cell.addParagraph()
                : cell.getParagraphs().getFirst();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        ReportDocx.font(run, ReportDocx.TABLE_FONT, fontSize);
        run.setText(text);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
