package cn.nianbao.report;

import cn.nianbao.report.format.ReportTables;
import java.util.List;

/**
 * A government's report over its area: the sums of tables 2–4 of the published reports of the agencies below, those
 * reports' own tables (in the area's order), and which agencies had not published yet.
 */
public record AreaAggregate(ReportTables tables, List<PublishedTables> published, List<String> missing) {

    /** The names of the agencies whose reports the sums take in. */
    public List<String> included() {
        return published.stream().map(PublishedTables::agencyName).toList();
    }

    public static final String PREFIX = "汇总范围：";
    private static final int MAX_TEXT = 4000;

    /** 「汇总范围：已纳入 2 个机关（甲局、乙局）；未发布 1 个：丙局」, as the history and the panels show it. */
    public String describe() {
        List<String> included = included();
        String text = PREFIX + "已纳入 " + included.size() + " 个机关" + names(included) + "；未发布 " + missing.size() + " 个"
                + (missing.isEmpty() ? "" : "：" + String.join("、", missing));
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "" : "（" + String.join("、", names) + "）";
    }
}
