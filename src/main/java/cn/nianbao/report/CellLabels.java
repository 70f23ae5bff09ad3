package cn.nianbao.report;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import java.util.HashMap;
import java.util.Map;

/** What a person calls a cell: the table, the row and the column, as printed. */
final class CellLabels {

    private static final Map<String, String> LABELS = labels();

    private CellLabels() {}

    static String of(String cellId) {
        return LABELS.getOrDefault(cellId, cellId);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (T2Cell cell : T2Cell.values()) {
            labels.put(cell.id(), "表二 " + cell.rowLabel() + " · " + cell.columnLabel());
        }
        for (T3Row row : T3Row.values()) {
            for (T3Column column : T3Column.values()) {
                labels.put(Cells.t3(row, column), "表三 " + row.label() + " · " + column.label());
            }
        }
        for (T4Group group : T4Group.values()) {
            for (T4Column column : T4Column.values()) {
                labels.put(Cells.t4(group, column), "表四 " + group.label() + " · " + column.label());
            }
        }
        return Map.copyOf(labels);
    }
}
