package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;

/** The three merged header rows of table 4 (FORMAT.md §4); the data row follows in cell order. */
public final class T4Layout {

    private T4Layout() {}

    public static List<List<LabelCell>> headerRows() {
        int columns = T4Column.values().length;
        List<LabelCell> reviewColumns = new ArrayList<>();
        List<LabelCell> litigationColumns = new ArrayList<>();
        for (T4Column column : T4Column.values()) {
            reviewColumns.add(new LabelCell(column.label(), 2, 1));
        }
        for (int group = 0; group < 2; group++) {
            for (T4Column column : T4Column.values()) {
                litigationColumns.add(new LabelCell(column.label(), 1, 1));
            }
        }
        List<LabelCell> second = new ArrayList<>(reviewColumns);
        second.add(new LabelCell(T4Group.LIT_DIRECT.label(), 1, columns));
        second.add(new LabelCell(T4Group.LIT_AFTER.label(), 1, columns));
        return List.of(
                List.of(
                        new LabelCell(T4Group.REVIEW.label(), 1, columns),
                        new LabelCell(T4Group.LITIGATION, 1, 2 * columns)),
                second,
                litigationColumns);
    }

    /** The 15 value cells in the order of the data row. */
    public static List<String> dataRow() {
        List<String> cells = new ArrayList<>();
        for (T4Group group : T4Group.values()) {
            for (T4Column column : T4Column.values()) {
                cells.add(Cells.t4(group, column));
            }
        }
        return cells;
    }
}
