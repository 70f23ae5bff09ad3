package cn.nianbao.coordination;

import cn.nianbao.report.AreaAggregate;
import cn.nianbao.report.format.LabelCell;
import cn.nianbao.report.format.OfficialGrid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 辖区进度 as an Excel workbook (Apache POI): the list on its first sheet, numbers as numbers, the header frozen and
 * filtered; then the area's tables 二, 三, 四 on a sheet each in the official layout, merged cells as in the
 * template ({@link OfficialGrid}), counts as numbers and the fee to 6 decimals.
 */
final class AreaWorkbook {

    static final String LIST_SHEET = "辖区进度";
    static final List<String> TABLE_SHEETS = List.of("表二 主动公开", "表三 依申请公开", "表四 复议诉讼");
    static final String NOTHING_SUMMED = "辖区内尚无已发布的报告，暂无汇总表。";

    /** The row each table starts on, below the line that says what it sums and a blank one. */
    static final int TABLE_TOP = 2;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final XSSFWorkbook book;
    private final CellStyle header;
    private final CellStyle bordered;

    private AreaWorkbook(XSSFWorkbook book) {
        this.book = book;
        Font bold = book.createFont();
        bold.setBold(true);
        this.bordered = book.createCellStyle();
        bordered.setBorderTop(BorderStyle.THIN);
        bordered.setBorderBottom(BorderStyle.THIN);
        bordered.setBorderLeft(BorderStyle.THIN);
        bordered.setBorderRight(BorderStyle.THIN);
        bordered.setVerticalAlignment(VerticalAlignment.CENTER);
        bordered.setWrapText(true);
        this.header = book.createCellStyle();
        header.cloneStyleFrom(bordered);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
    }

    static byte[] of(int year, List<AgencyProgress> rows, Optional<AreaAggregate> area) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AreaWorkbook workbook = new AreaWorkbook(book);
            workbook.list(rows);
            area.ifPresentOrElse(summed -> workbook.tables(year, summed), workbook::nothingSummed);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(List<AgencyProgress> rows) {
        Sheet sheet = book.createSheet(LIST_SHEET);
        Row head = sheet.createRow(0);
        for (int c = 0; c < AreaProgressColumns.HEADER.size(); c++) {
            write(head.createCell(c), AreaProgressColumns.HEADER.get(c), header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<?> values = AreaProgressColumns.values(rows.get(r));
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(bordered);
                if (values.get(c) instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(values.get(c)));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, AreaProgressColumns.HEADER.size() - 1));
        sheet.setColumnWidth(0, 36 * 256);
        for (int c = 1; c < AreaProgressColumns.HEADER.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    /** Each table under a line saying whose reports it sums: 2025年度辖区汇总。汇总范围：已纳入 2 个机关（…）；未发布 1 个：… */
    private void tables(int year, AreaAggregate area) {
        OfficialGrid grid = new OfficialGrid(area.tables().withComputedTotals());
        List<List<List<LabelCell>>> grids = List.of(grid.table2(), grid.table3(), grid.table4());
        for (int t = 0; t < grids.size(); t++) {
            Sheet sheet = book.createSheet(TABLE_SHEETS.get(t));
            sheet.createRow(0).createCell(0).setCellValue(year + "年度辖区汇总。" + area.describe());
            grid(sheet, grids.get(t), TABLE_TOP);
        }
    }

    private void nothingSummed() {
        book.createSheet(TABLE_SHEETS.get(0)).createRow(0).createCell(0).setCellValue(NOTHING_SUMMED);
    }

    /**
     * Rows of cells with their merges, laid out as an HTML table is: each cell takes the next column its row has
     * free, and a cell merged down keeps its columns in the rows it reaches.
     */
    private void grid(Sheet sheet, List<List<LabelCell>> rows, int top) {
        Set<Long> taken = new HashSet<>();
        int widest = 0;
        for (int i = 0; i < rows.size(); i++) {
            int r = top + i;
            Row row = rowOf(sheet, r);
            int column = 0;
            for (LabelCell cell : rows.get(i)) {
                while (taken.contains(key(r, column))) {
                    column++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken.add(key(r + dr, column + dc));
                        rowOf(sheet, r + dr).createCell(column + dc).setCellStyle(bordered);
                    }
                }
                write(
                        row.getCell(column),
                        cell.text(),
                        NUMBER.matcher(cell.text()).matches() ? bordered : header);
                if (cell.rowspan() > 1 || cell.colspan() > 1) {
                    sheet.addMergedRegion(
                            new CellRangeAddress(r, r + cell.rowspan() - 1, column, column + cell.colspan() - 1));
                }
                column += cell.colspan();
                widest = Math.max(widest, column);
            }
        }
        for (int c = 0; c < widest; c++) {
            sheet.setColumnWidth(c, (c == 0 ? 24 : 12) * 256);
        }
    }

    private static Row rowOf(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** A figure as a number (the fee keeps its 6 decimals as the cell's format), anything else as text. */
    private void write(Cell cell, String text, CellStyle style) {
        if (NUMBER.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
            int scale = text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0;
            cell.setCellStyle(scale == 0 ? style : decimals(scale));
        } else {
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }
    }

    private CellStyle decimals(int scale) {
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(bordered);
        style.setDataFormat(book.createDataFormat().getFormat("0." + "0".repeat(scale)));
        return style;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
