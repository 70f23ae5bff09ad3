package cn.nianbao.publication;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.report.format.TableData;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables 2, 3 and 4 in the API's one shape: each a list of cells in the official order, every cell with its id, its
 * row and column as printed, and its value, the same for all three tables (the JSON download keeps its older shape,
 * table 3 nested by row and tables 2 and 4 keyed by cell id, for one more release). Values as in the downloads.
 */
@Schema(description = "表二、表三、表四：每个表为单元格列表，按官方表格顺序")
record ApiTables(List<ApiCell> t2, List<ApiCell> t3, List<ApiCell> t4) {

    @Schema(description = "一个单元格：编号、行、列、数值（件数为整数，收费金额为万元小数）")
    record ApiCell(String cell, String table, String row, String column, Number value) {}

    static ApiTables of(ReportTables tables) {
        List<ApiCell> t2 = new ArrayList<>();
        for (T2Cell cell : T2Cell.values()) {
            t2.add(cell(tables, Section.S2.heading(), cell.rowLabel(), cell.columnLabel(), cell.id()));
        }
        List<ApiCell> t3 = new ArrayList<>();
        for (T3Row row : T3Row.values()) {
            for (T3Column column : T3Column.values()) {
                t3.add(cell(
                        tables,
                        Section.S3.heading(),
                        ReportData.rowName(row),
                        ReportData.columnName(column),
                        Cells.t3(row, column)));
            }
        }
        List<ApiCell> t4 = new ArrayList<>();
        for (T4Group group : T4Group.values()) {
            for (T4Column column : T4Column.values()) {
                t4.add(cell(
                        tables,
                        Section.S4.heading(),
                        ReportData.groupName(group),
                        column.label(),
                        Cells.t4(group, column)));
            }
        }
        return new ApiTables(List.copyOf(t2), List.copyOf(t3), List.copyOf(t4));
    }

    private static ApiCell cell(ReportTables tables, String table, String row, String column, String cellId) {
        return new ApiCell(cellId, table, row, column, (Number) TableData.number(cellId, tables.value(cellId)));
    }
}
