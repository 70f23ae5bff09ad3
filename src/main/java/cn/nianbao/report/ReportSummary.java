package cn.nianbao.report;

import java.time.Instant;

/** A line in a list of reports; {@code edition} is 1, or 2 and more for corrections (更正). */
public record ReportSummary(long id, int year, ReportStage stage, Instant updatedAt, String agencyName, int edition) {}
