package cn.nianbao.report;

import java.time.Instant;

/**
 * A line of a person's 已办: what they did at which step of which report, and where that report stands now.
 * {@code step} is the stage the report was at when they acted; {@code currentStage} is today's.
 */
public record ActedStep(
        long historyId,
        long reportId,
        String agencyName,
        int year,
        int edition,
        ReportStage step,
        HistoryAction action,
        String opinion,
        String detail,
        Instant occurredAt,
        ReportStage currentStage) {

    public String reportLabel() {
        return ReportSummary.yearLabel(year, edition);
    }

    public String whereNow() {
        return currentStage.label(edition);
    }
}
