package cn.nianbao.report.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * What a report was prefilled from, above the draft: 「汇总范围：已纳入 N 个机关…；未发布：…」 for a government, 「上年结转自
 * 2025 年报（已发布版本：第 1 版）…」 or 「无上年已发布报告，上年结转为 0…」 for a department.
 */
public final class AggregationScope {

    public static final String ID = "aggregation-scope";

    private AggregationScope() {}

    public static Optional<Paragraph> panel(Optional<String> scope) {
        return scope.map(text -> {
            Paragraph panel = new Paragraph(text);
            panel.setId(ID);
            panel.addClassName("aggregation-scope");
            return panel;
        });
    }
}
