package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The three tables as data, in one shape for every output that carries them (the checker's JSON, the portal's data
 * download): {@code {"t2": {cell id: n}, "t3": {row id: {column id: n}}, "t4": {cell id: n}}}, in the order of the
 * official tables. Counts are whole numbers, the fee a decimal without trailing zeros.
 */
public final class TableData {

    private TableData() {}

    /** Every one of the 200 cells (a cell never filled is 0). */
    public static Map<String, Object> of(ReportTables tables) {
        return of(tables, cellId -> true);
    }

    /** Only the cells {@code included} keeps, e.g. those a reader could read; a table-3 row left empty is omitted. */
    public static Map<String, Object> of(ReportTables tables, Predicate<String> included) {
        Map<String, Object> t2 = new LinkedHashMap<>();
        for (T2Cell cell : T2Cell.values()) {
            put(t2, tables, cell.id(), cell.id(), included);
        }
        Map<String, Object> t3 = new LinkedHashMap<>();
        for (T3Row row : T3Row.values()) {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (T3Column column : T3Column.values()) {
                put(columns, tables, column.id(), Cells.t3(row, column), included);
            }
            if (!columns.isEmpty()) {
                t3.put(row.id(), Collections.unmodifiableMap(columns));
            }
        }
        Map<String, Object> t4 = new LinkedHashMap<>();
        for (String cellId : T4Layout.dataRow()) {
            put(t4, tables, cellId, cellId, included);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("t2", Collections.unmodifiableMap(t2));
        all.put("t3", Collections.unmodifiableMap(t3));
        all.put("t4", Collections.unmodifiableMap(t4));
        return Collections.unmodifiableMap(all);
    }

    /** A count that is whole as a long ({@code 50}); anything else plain, without trailing zeros ({@code 96171.6}). */
    public static Object number(String cellId, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return Cells.kindOf(cellId) == CellKind.COUNT && plain.scale() == 0 ? (Object) plain.longValueExact() : plain;
    }

    private static void put(
            Map<String, Object> target, ReportTables tables, String key, String cellId, Predicate<String> included) {
        if (included.test(cellId)) {
            target.put(key, number(cellId, tables.value(cellId)));
        }
    }
}
