package cn.nianbao.report;

import java.time.Instant;

/** A step of a report's history as shown to people. */
public record ReportHistoryItem(
        long id,
        ReportStage stage,
        HistoryAction action,
        String actorUsername,
        String actorName,
        String opinion,
        String detail,
        Instant occurredAt) {}
