package cn.nianbao.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 各环节机关数: a bar per status (未开始 … 已发布), overdue agencies counted again in a red bar of their own.
 */
public final class StageChart {

    static final List<String> ORDER =
            List.of(AgencyProgress.NOT_STARTED, "起草", "保密审查", "分管领导审核", "主要领导签发", "发布中", "已发布", "更正中", "已导入（外部发布）");

    private StageChart() {}

    public static Map<String, Long> counts(List<AgencyProgress> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : ORDER) {
            long n = rows.stream().filter(r -> r.status().equals(status)).count();
            if (n > 0 || !status.startsWith("已导入")) {
                counts.put(status, n);
            }
        }
        rows.stream()
                .map(AgencyProgress::status)
                .filter(s -> !counts.containsKey(s))
                .forEach(s -> counts.merge(s, 1L, Long::sum));
        counts.put("其中逾期", rows.stream().filter(AgencyProgress::overdue).count());
        return counts;
    }

    public static String svg(List<AgencyProgress> rows) {
        return BarChart.svg(
                "各环节机关数",
                counts(rows),
                status -> status.equals("其中逾期") ? "#c62828" : status.equals("已发布") ? "#2e7d32" : "#1565c0");
    }
}
