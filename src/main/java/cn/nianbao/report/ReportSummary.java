package cn.nianbao.report;

import java.time.Instant;

/** A line in a list of reports; {@code edition} is 1, or 2 and more for corrections (更正). */
public record ReportSummary(long id, int year, ReportStage stage, Instant updatedAt, String agencyName, int edition) {

    static ReportSummary of(Report report, String agencyName) {
        return new ReportSummary(
                report.getId(),
                report.getReportYear(),
                report.getStage(),
                report.getUpdatedAt(),
                agencyName,
                report.getEdition());
    }

    /** As the report lists name it: 「2025 年度」, 「2025 年度（第2版·更正）」. */
    public static String yearLabel(int year, int edition) {
        return year + " 年度" + (edition > 1 ? "（第" + edition + "版·更正）" : "");
    }

    public String yearLabel() {
        return yearLabel(year, edition);
    }
}
