package cn.nianbao.coordination.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.coordination.YearStart;
import cn.nianbao.coordination.YearStartPlan;
import cn.nianbao.coordination.YearStartResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Supplier;

/**
 * 「开始 2025 年度报告」 and what it did. Before anything is created the coordinator sees the list of reports it will
 * create and whose draft each becomes, and confirms; when there is nothing to create it just says so.
 */
class YearStartPanel extends VerticalLayout {

    private final YearStart yearStart;
    private final Supplier<Integer> year;
    private final Runnable afterStart;
    private final Button start = new Button();
    private final Paragraph result = new Paragraph();

    YearStartPanel(YearStart yearStart, Supplier<Integer> year, Runnable afterStart) {
        this.yearStart = yearStart;
        this.year = year;
        this.afterStart = afterStart;
        setPadding(false);
        start.setId("area-start-year");
        start.addClickListener(e -> ask());
        result.setId("area-start-result");
        add(start, result);
    }

    void showYear(int wanted) {
        start.setText("开始 " + wanted + " 年度报告");
    }

    private void ask() {
        Integer wanted = year.get();
        if (wanted == null) {
            return; // the year field is empty: nothing to start
        }
        YearStartPlan[] plan = new YearStartPlan[1];
        if (!Feedback.run(() -> plan[0] = yearStart.plan(wanted))) {
            return;
        }
        if (plan[0].createsNothing()) {
            run(wanted);
            return;
        }
        Dialog dialog = new Dialog("确认开始 " + wanted + " 年度报告");
        dialog.setId("area-start-dialog");
        Paragraph what = new Paragraph(plan[0].describe() + "各机关的经办人员将收到新待办。");
        what.setId("area-start-plan");
        Button confirm = new Button("确认创建", e -> {
            dialog.close();
            run(wanted);
        });
        confirm.setId("area-start-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId("area-start-cancel");
        dialog.add(what);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void run(int wanted) {
        Feedback.run(() -> {
            YearStartResult done = yearStart.start(wanted);
            result.setText(done.summary());
            Feedback.success(done.summary());
            afterStart.run();
        });
    }
}
