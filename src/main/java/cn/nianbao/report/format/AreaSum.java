package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Tables 2, 3 and 4 of several reports added cell by cell, for a government's report over its area. Every value cell
 * of the format is a count or an amount (FORMAT.md §2–4: there are no rates); the 总计 cells are not added but
 * computed again from the sums, so that they stay consistent even where an input report's totals were not.
 */
public final class AreaSum {

    private AreaSum() {}

    public static ReportTables of(Collection<ReportTables> reports) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (ReportTables tables : reports) {
            for (String cellId : Cells.all()) {
                if (!Cells.isComputed(cellId)) {
                    sums.merge(cellId, tables.value(cellId), BigDecimal::add);
                }
            }
        }
        return new ReportTables(sums).withComputedTotals();
    }
}
