package cn.nianbao.report;

import java.time.Instant;

/** A line in a list of reports. */
public record ReportSummary(long id, int year, ReportStage stage, Instant updatedAt, String agencyName) {
}
