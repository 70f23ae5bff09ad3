package cn.nianbao.report;

import java.util.List;

/**
 * 重新汇总, as the handler sees it before accepting: every input cell of tables 2–4 whose value would change
 * (本稿现值 → 重新汇总后) with the area's sum under it, the agencies whose reports the sums take in since the last
 * 汇总, and those still missing. {@code baseRecorded} says whether the sums of the last 汇总 are known: then the draft
 * moves by the area's change only and the handler's own figures stay; if not (a draft created before they were
 * kept), the new sums replace the draft's values. {@code draftVersion} is the draft it was computed on: the acceptance
 * is refused if the draft changed since.
 */
public record Reaggregation(
        long reportId,
        long draftVersion,
        List<CellMove> changes,
        List<String> newlyIncluded,
        List<String> missing,
        String scope,
        boolean baseRecorded) {

    public static final String COLUMNS = "本稿现值 → 重新汇总后";
    public static final String NO_BASE = "本稿创建时未记录汇总基数，将以重新汇总值替换本稿现值，请核对本级数字";

    /**
     * One cell as printed: the draft's value now, after the 重新汇总, and the area's sum as 「上次 → 现在」 (only the
     * sum now when the last one is not known).
     */
    public record CellMove(String cellId, String label, String draft, String result, String area) {}

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
                && missing.equals(other.missing)
                && baseRecorded == other.baseRecorded;
    }
}
