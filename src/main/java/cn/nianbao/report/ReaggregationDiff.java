package cn.nianbao.report;

import cn.nianbao.report.DraftEdit.Edited;
import cn.nianbao.report.Reaggregation.CellMove;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells a 重新汇总 would change, from the draft, the area's sums now and the sums of the last 汇总 ({@code base}).
 * Each input cell of tables 2–4 moves by what the area's sum moved (draft + sum now − sum then), so a figure the
 * handler typed on top of the sums (the government's own) stays; without a base the sum replaces the draft's value,
 * as before the bases were kept. The 总计 cells are left out: they follow from the cells they sum.
 */
record ReaggregationDiff(ReportTables draft, ReportTables sums, Optional<ReportTables> base) {

    static final String NEGATIVE = "以下单元格重新汇总后为负数，请先核对：";
    private static final int MAX_NAMED = 8;

    /** The changed cells as an edit of the draft, from its value to the result, in reading order. */
    Map<String, Edited<BigDecimal>> edit() {
        Map<String, Edited<BigDecimal>> cells = new LinkedHashMap<>();
        for (String cell : Cells.all()) {
            if (Cells.isComputed(cell)) {
                continue;
            }
            BigDecimal now = draft.value(cell);
            BigDecimal next = base.map(b -> now.add(sums.value(cell)).subtract(b.value(cell)))
                    .orElse(sums.value(cell));
            if (next.compareTo(now) != 0) {
                cells.put(cell, new Edited<>(now, next));
            }
        }
        return cells;
    }

    /** The same cells as the handler reads them, with the area's sum under each. */
    List<CellMove> changes() {
        Map<String, Edited<BigDecimal>> edit = edit();
        Map<String, BigDecimal> results = new HashMap<>();
        edit.forEach((cell, edited) -> results.put(cell, edited.typed()));
        ReportTables after = new ReportTables(results);
        return edit.keySet().stream()
                .map(cell ->
                        new CellMove(cell, CellLabels.of(cell), draft.printed(cell), after.printed(cell), area(cell)))
                .toList();
    }

    /**
     * Refuses, naming them, the cells that would go below zero: the area's sum fell below what the handler typed
     * beneath it (a department corrected downwards), which only the handler can sort out, never a silent clamp.
     */
    void refuseNegative() {
        Map<String, Edited<BigDecimal>> edit = edit();
        List<CellMove> negative = changes().stream()
                .filter(move -> edit.get(move.cellId()).typed().signum() < 0)
                .toList();
        if (negative.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(NEGATIVE);
        negative.stream()
                .limit(MAX_NAMED)
                .forEach(move -> message.append(move.label())
                        .append("（本稿现值 ")
                        .append(move.draft())
                        .append("，辖区合计 ")
                        .append(move.area())
                        .append("）；"));
        if (negative.size() > MAX_NAMED) {
            message.append("等 ").append(negative.size()).append(" 个单元格；");
        }
        message.setLength(message.length() - 1);
        throw new ReportInputException(message + "。");
    }

    private String area(String cell) {
        return base.map(b -> b.printed(cell) + " → ").orElse("") + sums.printed(cell);
    }

    /** The agencies the sums take in now that the last 汇总 did not ({@code before}, by id), in the area's order. */
    static List<String> newlyIncluded(List<PublishedTables> now, Set<Long> before) {
        return now.stream()
                .filter(report -> !before.contains(report.agencyId()))
                .map(PublishedTables::agencyName)
                .toList();
    }
}
