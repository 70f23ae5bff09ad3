package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.desk.opinions.StockOpinion;
import cn.nianbao.desk.opinions.StockOpinions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;

/**
 * 常用意见 under an opinion field: one click puts a stock opinion into the field (after what is typed there), so
 * nobody has to type 「同意。」; 管理 opens the person's own list to add and delete.
 */
final class StockOpinionsPanel extends Div {

    private final StockOpinions stockOpinions;
    private final TextArea opinion;
    private final Div choices = new Div();

    StockOpinionsPanel(StockOpinions stockOpinions, TextArea opinion) {
        this.stockOpinions = stockOpinions;
        this.opinion = opinion;
        setId("stock-opinions");
        addClassName("stock-opinions");
        choices.addClassName("stock-opinion-choices");
        Button manage = new Button("管理常用意见", e -> new StockOpinionsDialog(stockOpinions, this::refresh).open());
        manage.setId("manage-stock-opinions");
        manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
        add(new Span("常用意见："), choices, manage);
        refresh();
    }

    /** Shows the person's list as it now stands, after a change in the dialog. */
    void refresh() {
        choices.removeAll();
        List<StockOpinion> mine = new ArrayList<>();
        // the list helps with the decision; failing to read it must not take the task screen with it
        if (!Feedback.run(() -> mine.addAll(stockOpinions.mine()))) {
            return;
        }
        for (StockOpinion stock : mine) {
            Button choice = new Button(stock.text(), e -> insert(stock.text()));
            choice.addClassName("stock-opinion");
            choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
            choices.add(choice);
        }
    }

    private void insert(String text) {
        String typed = opinion.getValue();
        opinion.setValue(typed.isBlank() ? text : typed + text);
        opinion.focus();
    }
}
