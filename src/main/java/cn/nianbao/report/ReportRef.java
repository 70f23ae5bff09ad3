package cn.nianbao.report;

/** A report by its agency, year and edition, with its title: enough to list it and to know its due date. */
public record ReportRef(long reportId, long agencyId, int year, int edition, String title) {

    public boolean isCorrection() {
        return edition > 1;
    }

    /** How the audit trail names a report: 「报告 12」. */
    public static String auditTarget(long reportId) {
        return "报告 " + reportId;
    }
}
