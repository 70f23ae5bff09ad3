package cn.nianbao.report;

/** Which report of an agency counts for a year, and where it stands. */
public record ReportStatus(long reportId, ReportStage stage) {}
