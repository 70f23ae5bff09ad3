package cn.nianbao.report;

import cn.nianbao.report.ContentChanges.CellChange;
import java.util.List;

/**
 * 重新汇总, as the handler sees it before accepting: every input cell of tables 2–4 where the draft's value
 * (本稿现值, possibly typed by hand) differs from the area's sum now (重新汇总值), the agencies whose reports the sums
 * take in since the last 汇总, and those still missing. {@code draftVersion} is the draft it was computed on: the
 * acceptance is refused if the draft changed since.
 */
public record Reaggregation(
        long reportId,
        long draftVersion,
        List<CellChange> changes,
        List<String> newlyIncluded,
        List<String> missing,
        String scope) {

    public static final String COLUMNS = "本稿现值 → 重新汇总值";

    public Reaggregation {
        changes = List.copyOf(changes);
        newlyIncluded = List.copyOf(newlyIncluded);
        missing = List.copyOf(missing);
    }

    /** Nothing newly published and no figure different: nothing to accept. */
    public boolean isEmpty() {
        return changes.isEmpty() && newlyIncluded.isEmpty();
    }

    /** 「新纳入 甲局、乙局；变更 3 个单元格」, as the history records it. */
    public String summary() {
        return "新纳入 " + (newlyIncluded.isEmpty() ? "无" : String.join("、", newlyIncluded)) + "；变更 " + changes.size()
                + " 个单元格";
    }

    /** The same findings on the same figures: what the handler saw is what would be stored. */
    boolean sameAs(Reaggregation other) {
        return changes.equals(other.changes)
                && newlyIncluded.equals(other.newlyIncluded)
                && missing.equals(other.missing);
    }
}
