package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Cell ids of the three tables: {@code t2.rules.issued}, {@code t3.<row>.<column>}, {@code t4.<group>.<column>}. */
public final class Cells {

    private static final List<String> ALL = allIds();

    private Cells() {}

    public static String t3(T3Row row, T3Column column) {
        return "t3." + row.id() + "." + column.id();
    }

    public static String t4(T4Group group, T4Column column) {
        return "t4." + group.id() + "." + column.id();
    }

    /** All 200 value cells (10 + 175 + 15) in reading order. */
    public static List<String> all() {
        return ALL;
    }

    public static CellKind kindOf(String cellId) {
        return T2Cell.FEES_AMOUNT.id().equals(cellId) ? CellKind.AMOUNT_WAN : CellKind.COUNT;
    }

    /** Totals are derived from other cells; the editor computes them. */
    public static boolean isComputed(String cellId) {
        return cellId.endsWith(".total") || cellId.startsWith("t3." + T3Row.RESULT_TOTAL.id() + ".");
    }

    private static List<String> allIds() {
        List<String> ids = new ArrayList<>();
        Arrays.stream(T2Cell.values()).map(T2Cell::id).forEach(ids::add);
        for (T3Row row : T3Row.values()) {
            for (T3Column column : T3Column.values()) {
                ids.add(t3(row, column));
            }
        }
        for (T4Group group : T4Group.values()) {
            for (T4Column column : T4Column.values()) {
                ids.add(t4(group, column));
            }
        }
        return Collections.unmodifiableList(ids);
    }
}
