package cn.nianbao.report;

import cn.nianbao.report.format.ReportTables;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The agencies a line of {@link #describe()} names as included, read back from the history (which keeps only the
     * line): what a later 重新汇总 compares with to say which agencies are new. Empty for any other text.
     */
    static Set<String> includedIn(String scope) {
        String start = "个机关（";
        String end = "）；未发布 ";
        int from = scope == null || !scope.startsWith(PREFIX) ? -1 : scope.indexOf(start);
        int to = from < 0 ? -1 : scope.indexOf(end, from);
        if (to < 0) {
            return Set.of();
        }
        return Arrays.stream(scope.substring(from + start.length(), to).split("、"))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "" : "（" + String.join("、", names) + "）";
    }
}
