package cn.nianbao.publication;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ExcelCsv;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.report.format.TableData;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three tables of a published report as data, for the JSON and CSV downloads. Every one of the 200 value cells
 * is present (a cell never filled reads as 0), in the official order; counts are integers and the fee is a decimal
 * in 万元. Plain Java: the controller only serialises what this class shapes.
 */
final class ReportData {

    /** The report format these tables follow, as the checker's JSON names it. */
    static final String FORMAT = "2021";

    /** CSV columns. 机关 and 年度 are on every line so that files of several reports can be pasted into one sheet. */
    static final List<String> CSV_HEADER = List.of("机关", "年度", "表", "行", "列", "单元格编号", "数值");

    private static final DateTimeFormatter PUBLISHED_AT =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ChinaTime.ZONE);

    private final PublishedReport entry;
    private final ReportTables tables;

    ReportData(PublishedReport entry, ReportTables tables) {
        this.entry = entry;
        this.tables = tables;
    }

    /**
     * {@code {"agency", "year", "publishedAt", "title", "format", "tables": {"t2": {cell id: n}, "t3": {row id:
     * {column id: n}}, "t4": {cell id: n}}}}: the table shape of the checker's JSON (issue 3). {@code publishedAt} is
     * ISO 8601 in China Standard Time, to the second. Kept for one more release beside the API, whose tables have one
     * shape for all three ({@link ApiTables}).
     */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agency", entry.agencyName());
        json.put("year", entry.year());
        json.put("publishedAt", publishedAt(entry));
        json.put("title", entry.title());
        json.put("format", FORMAT);
        json.put("tables", TableData.of(tables));
        return Collections.unmodifiableMap(json);
    }

    /**
     * One line per value cell: 机关, 年度, 表, 行, 列, 单元格编号, 数值 (UTF-8 with BOM, CRLF, RFC 4180 quoting).
     *
     * <p>Why this shape and not blocks drawn like the official tables: a CSV has no merged cells, so the official
     * layout (「三、本年度办理结果」 over 22 rows, three header rows over table 3, two over table 4) can only be faked
     * with empty cells, which breaks sorting and filtering. Whoever downloads the data wants to work with it: filter
     * by 表 or 列, build a pivot table, sum a column, or append the files of several agencies and years into one sheet
     * and compare them. One value per line with its labels spelled out does all of that in Excel without any
     * reshaping; whoever wants to read the report as drawn has the page and the PDF.
     */
    byte[] csv() {
        List<List<?>> lines = new ArrayList<>();
        String agency = entry.agencyName();
        String year = String.valueOf(entry.year());
        for (T2Cell cell : T2Cell.values()) {
            lines.add(List.of(
                    agency,
                    year,
                    Section.S2.heading(),
                    cell.rowLabel(),
                    cell.columnLabel(),
                    cell.id(),
                    tables.printed(cell.id())));
        }
        for (T3Row row : T3Row.values()) {
            for (T3Column column : T3Column.values()) {
                String cellId = Cells.t3(row, column);
                lines.add(List.of(
                        agency,
                        year,
                        Section.S3.heading(),
                        rowName(row),
                        columnName(column),
                        cellId,
                        tables.printed(cellId)));
            }
        }
        for (T4Group group : T4Group.values()) {
            for (T4Column column : T4Column.values()) {
                String cellId = Cells.t4(group, column);
                lines.add(List.of(
                        agency,
                        year,
                        Section.S4.heading(),
                        groupName(group),
                        column.label(),
                        cellId,
                        tables.printed(cellId)));
            }
        }
        return ExcelCsv.of(CSV_HEADER, lines);
    }

    /** ISO 8601 in China Standard Time, to the second. */
    static String publishedAt(PublishedReport entry) {
        return PUBLISHED_AT.format(entry.publishedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The row as its printed labels read from left to right: 「（三）不予公开 1.属于国家秘密」. */
    static String rowName(T3Row row) {
        if (row.level3() != null) {
            return row.level2() + " " + row.level3();
        }
        return row.label();
    }

    /** 「法人或其他组织 其他」 rather than a bare 「其他」. */
    static String columnName(T3Column column) {
        return column.group() == null ? column.label() : column.group() + " " + column.label();
    }

    static String groupName(T4Group group) {
        return group == T4Group.REVIEW ? group.label() : T4Group.LITIGATION + " " + group.label();
    }

    /** A count as a long, the fee as a plain decimal without trailing zeros (never 1.50 or 1E+1). */
}
