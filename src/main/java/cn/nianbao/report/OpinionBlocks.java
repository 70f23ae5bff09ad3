package cn.nianbao.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 审批意见栏 of an OA form, read from a report's history: one block per review step (保密审查意见, 分管领导审核意见,
 * 主要领导签发意见, and 主管部门备案意见 where the report was filed) with the decision that counts — the step's latest in the current round, which begins at the latest
 * 提交 — and the earlier rounds' decisions below it, newest first. A step the current round has not reached yet has
 * no decision that counts, only its earlier rounds.
 */
public final class OpinionBlocks {

    /** The decisions a reviewer writes an opinion for. */
    static final Set<HistoryAction> DECISIONS =
            EnumSet.of(HistoryAction.APPROVED, HistoryAction.RETURNED, HistoryAction.SIGNED, HistoryAction.FILED);

    private static final List<ReportStage> REVIEW_STEPS =
            List.of(ReportStage.SECRECY_REVIEW, ReportStage.SUPERVISOR_REVIEW, ReportStage.LEAD_SIGNOFF);

    /** One step's block. */
    public record Block(
            ReportStage step, String title, Optional<ReportHistoryItem> counting, List<ReportHistoryItem> earlier) {}

    private OpinionBlocks() {}

    /** {@code history} oldest first, as {@link ReportService#history} gives it. */
    public static List<Block> of(List<ReportHistoryItem> history) {
        long roundStart = history.stream()
                .filter(item -> item.action() == HistoryAction.SUBMITTED)
                .mapToLong(ReportHistoryItem::id)
                .max()
                .orElse(Long.MIN_VALUE);
        List<Block> blocks = new ArrayList<>();
        for (ReportStage step : stepsOf(history)) {
            List<ReportHistoryItem> decisions = history.stream()
                    .filter(item -> item.stage() == step && DECISIONS.contains(item.action()))
                    .toList()
                    .reversed();
            Optional<ReportHistoryItem> counting =
                    decisions.stream().findFirst().filter(latest -> latest.id() > roundStart);
            List<ReportHistoryItem> earlier = counting.isPresent() ? decisions.subList(1, decisions.size()) : decisions;
            blocks.add(new Block(step, titleOf(step), counting, earlier));
        }
        return blocks;
    }

    /** The three review steps, and 主管部门备案 where the area required it of this report. */
    private static List<ReportStage> stepsOf(List<ReportHistoryItem> history) {
        boolean filed = history.stream().anyMatch(item -> item.stage() == ReportStage.FILING);
        if (!filed) {
            return REVIEW_STEPS;
        }
        List<ReportStage> steps = new ArrayList<>(REVIEW_STEPS);
        steps.add(ReportStage.FILING);
        return steps;
    }

    static String titleOf(ReportStage step) {
        return switch (step) {
            case SECRECY_REVIEW -> "保密审查意见";
            case SUPERVISOR_REVIEW -> "分管领导审核意见";
            case LEAD_SIGNOFF -> "主要领导签发意见";
            case FILING -> "主管部门备案意见";
            default -> throw new IllegalArgumentException(step + " is no review step");
        };
    }
}
