package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures of tables 2, 3 and 4 keyed by cell id. A missing cell reads as zero; {@link #withComputedTotals()}
 * fills the 总计 cells from the cells they sum, as the editor shows them.
 */
public final class ReportTables {

    private final Map<String, BigDecimal> values;

    public ReportTables(Map<String, BigDecimal> values) {
        this.values = Map.copyOf(values);
    }

    public static ReportTables empty() {
        return new ReportTables(Map.of());
    }

    public BigDecimal value(String cellId) {
        return values.getOrDefault(cellId, BigDecimal.ZERO);
    }

    public long count(String cellId) {
        return value(cellId).longValue();
    }

    public long t3(T3Row row, T3Column column) {
        return count(Cells.t3(row, column));
    }

    public long t4(T4Group group, T4Column column) {
        return count(Cells.t4(group, column));
    }

    /** The cell as printed in a report: counts as integers, the fee in 万元 without trailing zeros. */
    public String printed(String cellId) {
        BigDecimal value = value(cellId);
        if (Cells.kindOf(cellId) == CellKind.COUNT) {
            return String.valueOf(value.longValue());
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    public Map<String, BigDecimal> values() {
        return values;
    }

    /** A copy in which every total cell is the sum of the cells it totals (row sums first, then （七）总计). */
    public ReportTables withComputedTotals() {
        Map<String, BigDecimal> result = new HashMap<>(values);
        for (T3Row row : T3Row.values()) {
            if (row == T3Row.RESULT_TOTAL) {
                continue;
            }
            long sum = T3Column.applicantColumns().stream()
                    .mapToLong(c -> t3(row, c))
                    .sum();
            result.put(Cells.t3(row, T3Column.TOTAL), BigDecimal.valueOf(sum));
        }
        ReportTables withRowSums = new ReportTables(result);
        for (T3Column column : T3Column.values()) {
            long sum = T3Row.resultLeaves().stream()
                    .mapToLong(r -> withRowSums.t3(r, column))
                    .sum();
            result.put(Cells.t3(T3Row.RESULT_TOTAL, column), BigDecimal.valueOf(sum));
        }
        for (T4Group group : T4Group.values()) {
            long sum = 0;
            for (T4Column column : T4Column.values()) {
                if (column != T4Column.TOTAL) {
                    sum += t4(group, column);
                }
            }
            result.put(Cells.t4(group, T4Column.TOTAL), BigDecimal.valueOf(sum));
        }
        return new ReportTables(result);
    }
}
