package cn.nianbao.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * 各环节机关数: a horizontal bar per status (未开始 … 已发布), drawn as SVG on the server so no chart library or
 * front-end build is needed. Overdue agencies are counted again in a red bar of their own.
 */
public final class StageChart {

    static final List<String> ORDER = List.of(AgencyProgress.NOT_STARTED, "起草", "保密审查", "分管领导审核", "主要领导签发",
            "发布中", "已发布", "已导入（外部发布）");
    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 120;
    private static final int BAR_WIDTH = 320;

    private StageChart() {
    }

    public static Map<String, Long> counts(List<AgencyProgress> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : ORDER) {
            long n = rows.stream().filter(r -> r.status().equals(status)).count();
            if (n > 0 || !status.startsWith("已导入")) {
                counts.put(status, n);
            }
        }
        rows.stream().map(AgencyProgress::status).filter(s -> !counts.containsKey(s))
                .forEach(s -> counts.merge(s, 1L, Long::sum));
        counts.put("其中逾期", rows.stream().filter(AgencyProgress::overdue).count());
        return counts;
    }

    public static String svg(List<AgencyProgress> rows) {
        Map<String, Long> counts = counts(rows);
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int height = counts.size() * ROW + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stage-chart\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 50).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"各环节机关数\">");
        int y = 5;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            long width = Math.round((double) entry.getValue() / max * BAR_WIDTH);
            String colour = entry.getKey().equals("其中逾期") ? "#c62828"
                    : entry.getKey().equals("已发布") ? "#2e7d32" : "#1565c0";
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(HtmlUtils.htmlEscape(entry.getKey())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(width).append("\" height=\"18\" fill=\"").append(colour).append("\" data-status=\"")
                    .append(HtmlUtils.htmlEscape(entry.getKey())).append("\" data-count=\"").append(entry.getValue()).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"13\">").append(entry.getValue()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }
}
