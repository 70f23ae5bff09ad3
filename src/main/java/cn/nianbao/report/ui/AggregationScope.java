package cn.nianbao.report.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** 「汇总范围：已纳入 N 个机关…；未发布：…」 above a government's report prefilled with its area's sums. */
public final class AggregationScope {

    public static final String ID = "aggregation-scope";

    private AggregationScope() {}

    public static Optional<Paragraph> panel(Optional<String> scope) {
        return scope.map(text -> {
            Paragraph panel = new Paragraph(text + "。表二至表四已预填上述机关已发布报告的合计，本机关自身数据请在此基础上填写。");
            panel.setId(ID);
            panel.addClassName("aggregation-scope");
            return panel;
        });
    }
}
