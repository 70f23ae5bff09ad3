package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import java.time.Instant;
import java.util.Optional;

/**
 * A report as read by a person allowed to see it. {@code version} is what an edit must quote back. {@code saveNotice}
 * is set only on the view a save returns, when the text typed was changed to be stored (control characters removed,
 * soft line breaks made line breaks): the sentence the screen shows beside 「已保存」.
 */
public record ReportView(
        long id,
        long agencyId,
        String agencyName,
        int year,
        ReportStage stage,
        long version,
        Instant updatedAt,
        ReportContent content,
        String saveNotice) {

    public ReportView(
            long id,
            long agencyId,
            String agencyName,
            int year,
            ReportStage stage,
            long version,
            Instant updatedAt,
            ReportContent content) {
        this(id, agencyId, agencyName, year, stage, version, updatedAt, content, null);
    }

    public String title() {
        return title(agencyName, year);
    }

    /** What the save that returned this view changed in the text as typed, for the person to read; else empty. */
    public Optional<String> notice() {
        return Optional.ofNullable(saveNotice);
    }

    ReportView withNotice(Optional<String> notice) {
        return new ReportView(id, agencyId, agencyName, year, stage, version, updatedAt, content, notice.orElse(null));
    }

    /** The conventional title: 机关名称 + 年份 + 年政府信息公开工作年度报告. */
    public static String title(String agencyName, int year) {
        return agencyName + year + "年政府信息公开工作年度报告";
    }
}
