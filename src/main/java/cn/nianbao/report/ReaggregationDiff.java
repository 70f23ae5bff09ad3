package cn.nianbao.report;

import cn.nianbao.report.ContentChanges.CellChange;
import cn.nianbao.report.DraftEdit.Edited;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells a 重新汇总 would change: the input cells of tables 2–4 (the 总计 cells follow from them) where the draft
 * differs from the area's sums. A figure the handler typed over the sums counts as different too: the sums replace it,
 * and the dialog says so.
 */
final class ReaggregationDiff {

    private ReaggregationDiff() {}

    static List<CellChange> changes(ReportTables draft, ReportTables sums) {
        List<CellChange> changes = new ArrayList<>();
        edit(draft, sums)
                .forEach((cell, edited) -> changes.add(
                        new CellChange(cell, CellLabels.of(cell), draft.printed(cell), sums.printed(cell))));
        return List.copyOf(changes);
    }

    /** The same cells as an edit of the draft, from its value to the sum, in reading order. */
    static Map<String, Edited<BigDecimal>> edit(ReportTables draft, ReportTables sums) {
        Map<String, Edited<BigDecimal>> cells = new LinkedHashMap<>();
        for (String cell : Cells.all()) {
            if (!Cells.isComputed(cell) && draft.value(cell).compareTo(sums.value(cell)) != 0) {
                cells.put(cell, new Edited<>(draft.value(cell), sums.value(cell)));
            }
        }
        return cells;
    }

    /** The agencies the sums take in now that the last 汇总 did not, in the area's order. */
    static List<String> newlyIncluded(List<String> now, Set<String> before) {
        return now.stream().filter(name -> !before.contains(name)).toList();
    }
}
