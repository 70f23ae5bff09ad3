package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.desk.opinions.StockOpinion;
import cn.nianbao.desk.opinions.StockOpinions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One's own 常用意见 to add to and delete from, beside the decision being written. A refusal (empty, too long, a
 * duplicate, more than 30) is said and keeps what was typed; {@code changed} tells the panel behind to show the list.
 */
final class StockOpinionsDialog extends Dialog {

    private final StockOpinions stockOpinions;
    private final Runnable changed;
    private final Div list = new Div();

    StockOpinionsDialog(StockOpinions stockOpinions, Runnable changed) {
        this.stockOpinions = stockOpinions;
        this.changed = changed;
        setId("stock-opinions-dialog");
        setHeaderTitle("管理常用意见");
        list.setId("stock-opinion-list");
        TextField text = TextLimits.limit(new TextField("新的常用意见"), StockOpinions.MOST_CHARACTERS, "常用意见");
        text.setId("new-stock-opinion");
        text.setWidthFull();
        text.setHelperText("最多 " + StockOpinions.MOST_CHARACTERS + " 字，每人最多 " + StockOpinions.MOST_OPINIONS + " 条。");
        Button add = new Button("添加", e -> {
            if (Feedback.run(() -> stockOpinions.add(text.getValue()))) {
                text.clear();
                showList();
                Feedback.success("已添加到常用意见。");
            }
        });
        add.setId("add-stock-opinion");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(text, add);
        adding.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        adding.setWidthFull();
        add(list, adding);
        Button close = new Button("关闭", e -> close());
        close.setId("close-stock-opinions");
        getFooter().add(close);
        showList();
    }

    private void showList() {
        list.removeAll();
        for (StockOpinion stock : stockOpinions.mine()) {
            Button delete = new Button("删除", e -> {
                if (Feedback.run(() -> stockOpinions.delete(stock.id()))) {
                    showList();
                }
            });
            delete.addClassName("delete-stock-opinion");
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Div row = new Div(new Span(stock.text()), delete);
            row.addClassName("stock-opinion-row");
            list.add(row);
        }
        changed.run();
    }
}
