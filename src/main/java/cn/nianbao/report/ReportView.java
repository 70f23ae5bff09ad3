package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import java.time.Instant;

/** A report as read by a person allowed to see it. {@code version} is what an edit must quote back. */
public record ReportView(long id, long agencyId, String agencyName, int year, ReportStage stage, long version,
        Instant updatedAt, ReportContent content) {

    public String title() {
        return title(agencyName, year);
    }

    /** The conventional title: 机关名称 + 年份 + 年政府信息公开工作年度报告. */
    public static String title(String agencyName, int year) {
        return agencyName + year + "年政府信息公开工作年度报告";
    }
}
