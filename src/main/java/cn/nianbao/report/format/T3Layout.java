package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The merged label cells of table 3 as the official template draws them (FORMAT.md §3.2): 「三、本年度办理结果」 spans
 * 22 rows, 「（三）不予公开」 8, 「（四）无法提供」 3, 「（五）不予处理」 5, 「（六）其他处理」 3. Shared by the editor and
 * the renderers so that every view of the table has the same shape.
 */
public final class T3Layout {

    public static final int LABEL_COLUMNS = 3;

    private T3Layout() {}

    /** The label cells that start in this row (cells merged from a row above are not repeated). */
    public static List<LabelCell> labelCells(T3Row row) {
        if (row.level2() == null) {
            return List.of(new LabelCell(row.level1(), 1, LABEL_COLUMNS));
        }
        List<LabelCell> cells = new ArrayList<>();
        if (firstWith(row, r -> row.level1().equals(r.level1()))) {
            cells.add(new LabelCell(row.level1(), count(r -> row.level1().equals(r.level1())), 1));
        }
        if (row.level3() == null) {
            cells.add(new LabelCell(row.level2(), 1, 2));
        } else {
            if (firstWith(row, r -> row.level2().equals(r.level2()))) {
                cells.add(new LabelCell(row.level2(), count(r -> row.level2().equals(r.level2())), 1));
            }
            cells.add(new LabelCell(row.level3(), 1, 1));
        }
        return cells;
    }

    /** The three header rows above the data rows. */
    public static List<List<LabelCell>> headerRows() {
        List<LabelCell> applicants = new ArrayList<>();
        for (T3Column column : T3Column.values()) {
            if (column.group() != null) {
                applicants.add(new LabelCell(column.label(), 1, 1));
            }
        }
        return List.of(
                List.of(
                        new LabelCell(T3Column.NOTE, 3, LABEL_COLUMNS),
                        new LabelCell(T3Column.APPLICANT_HEADER, 1, T3Column.values().length)),
                List.of(
                        new LabelCell(T3Column.NP.label(), 2, 1),
                        new LabelCell(T3Column.LEGAL_ENTITY_GROUP, 1, applicants.size()),
                        new LabelCell(T3Column.TOTAL.label(), 2, 1)),
                applicants);
    }

    private static boolean firstWith(T3Row row, java.util.function.Predicate<T3Row> same) {
        return Arrays.stream(T3Row.values()).filter(same).findFirst().orElseThrow() == row;
    }

    private static int count(java.util.function.Predicate<T3Row> same) {
        return (int) Arrays.stream(T3Row.values()).filter(same).count();
    }
}
