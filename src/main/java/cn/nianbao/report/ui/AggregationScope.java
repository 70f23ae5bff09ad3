package cn.nianbao.report.ui;

import cn.nianbao.report.AreaAggregate;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * What a report was prefilled from, above the draft: 「汇总范围：已纳入 N 个机关…；未发布：…」 for a government, 「上年结转自
 * 2025 年报（已发布版本：第 1 版）…」 or 「无上年已发布报告，上年结转为 0…」 for a department.
 */
public final class AggregationScope {

    public static final String ID = "aggregation-scope";

    private AggregationScope() {}

    /** Whether the line is a government's 汇总范围 (which 重新汇总 can bring up to date), not a carry-over note. */
    public static boolean isAreaScope(String scope) {
        return scope.startsWith(AreaAggregate.PREFIX);
    }

    public static Optional<Paragraph> panel(Optional<String> scope) {
        return scope.map(text -> {
            Paragraph panel = new Paragraph(text);
            panel.setId(ID);
            panel.addClassName("aggregation-scope");
            return panel;
        });
    }
}
