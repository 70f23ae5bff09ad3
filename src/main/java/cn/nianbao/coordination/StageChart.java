package cn.nianbao.coordination;

import cn.nianbao.coordination.BarChart.Legend;
import cn.nianbao.report.ReportStage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 各环节机关数: a bar per status (未开始 … 已发布), overdue agencies counted again in a red bar of their own. The one
 * place that counts 辖区进度 by status: the chart and the summary above it both read {@link #counts}, so a report
 * under correction is 更正中 in both (published, and not counted again as 已发布).
 */
public final class StageChart {

    public static final String OVERDUE = "其中逾期";
    /** Every status an agency's report can stand at, in the chain's order. */
    public static final List<String> ORDER = List.of(
            AgencyProgress.NOT_STARTED, "起草", "保密审查", "分管领导审核", "主要领导签发", "主管部门备案", "发布中", "已发布", "更正中", "已导入（外部发布）");

    private static final String IN_PROGRESS_COLOUR = "#1565c0";
    private static final String PUBLISHED_COLOUR = "#2e7d32";
    private static final String OVERDUE_COLOUR = "#c62828";

    private StageChart() {}

    public static Map<String, Long> counts(List<AgencyProgress> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : ORDER) {
            long n = rows.stream().filter(r -> r.status().equals(status)).count();
            // 主管部门备案 and 已导入 only where there are some: most areas have neither
            if (n > 0 || !(status.startsWith("已导入") || status.equals(ReportStage.FILING.label()))) {
                counts.put(status, n);
            }
        }
        rows.stream()
                .map(AgencyProgress::status)
                .filter(s -> !counts.containsKey(s))
                .forEach(s -> counts.merge(s, 1L, Long::sum));
        counts.put(OVERDUE, rows.stream().filter(AgencyProgress::overdue).count());
        return counts;
    }

    /** 「2025 年度：共 4 个机关，已发布 0 个，更正中 1 个，未发布 3 个（其中逾期 2 个）。」 from the chart's counts. */
    public static String summary(int year, List<AgencyProgress> rows) {
        Map<String, Long> counts = counts(rows);
        StringBuilder text = new StringBuilder(year + " 年度：共 " + rows.size() + " 个机关");
        long published = 0;
        for (ReportStage stage : ReportStage.values()) {
            if (stage.isPublic() && counts.containsKey(stage.label())) {
                long n = counts.get(stage.label());
                published += n;
                text.append("，").append(stage.label()).append(" ").append(n).append(" 个");
            }
        }
        return text.append("，未发布 ")
                .append(rows.size() - published)
                .append(" 个（其中逾期 ")
                .append(counts.get(OVERDUE))
                .append(" 个）。")
                .toString();
    }

    public static String svg(List<AgencyProgress> rows) {
        return BarChart.svg(
                "各环节机关数",
                counts(rows),
                StageChart::colourOf,
                List.of(
                        new Legend(IN_PROGRESS_COLOUR, "未开始及办理中"),
                        new Legend(PUBLISHED_COLOUR, "已发布"),
                        new Legend(OVERDUE_COLOUR, "逾期未发布（已计入所在环节）")));
    }

    private static String colourOf(String status) {
        if (status.equals(OVERDUE)) {
            return OVERDUE_COLOUR;
        }
        return status.equals("已发布") || status.equals("更正中") || status.startsWith("已导入")
                ? PUBLISHED_COLOUR
                : IN_PROGRESS_COLOUR;
    }
}
