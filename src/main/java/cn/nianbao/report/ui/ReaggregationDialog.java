package cn.nianbao.report.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.ContentChanges.CellChange;
import cn.nianbao.report.Reaggregation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * 重新汇总, before anything is stored: the agencies newly taken in, those still missing, and every cell the sums
 * would change (本稿现值 → 重新汇总值). 确认更新 stores exactly that, 取消 changes nothing.
 */
public final class ReaggregationDialog extends Dialog {

    public static final String ID = "reaggregation-dialog";

    /** {@code accept} stores the preview (the server checks it again); {@code accepted} follows a success. */
    public ReaggregationDialog(Reaggregation preview, Consumer<Reaggregation> accept, Runnable accepted) {
        setId(ID);
        setHeaderTitle("重新汇总");
        setWidth("min(56em, 95vw)");
        Paragraph included = new Paragraph("新纳入：" + names(preview.newlyIncluded(), "无（已纳入机关的数据有变化）"));
        included.setId("reaggregation-included");
        Paragraph missing = new Paragraph("仍未发布：" + names(preview.missing(), "无"));
        missing.setId("reaggregation-missing");
        add(included, missing);
        if (preview.changes().isEmpty()) {
            add(new Paragraph("各单元格的数字不变，确认后只更新汇总范围。"));
        } else {
            add(new Paragraph("以下单元格将由「" + Reaggregation.COLUMNS + "」替换，共 "
                    + preview.changes().size() + " 个；本稿中手工填写的数字也会被替换，合计随之重算。"));
            add(changes(preview.changes()));
        }
        Button confirm = new Button("确认更新", e -> {
            if (Feedback.run(() -> accept.accept(preview))) {
                close();
                Feedback.success("已重新汇总：" + preview.summary() + "。");
                accepted.run();
            }
        });
        confirm.setId("reaggregation-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("取消", e -> close());
        cancel.setId("reaggregation-cancel");
        getFooter().add(cancel, confirm);
    }

    private static Grid<CellChange> changes(List<CellChange> changes) {
        Grid<CellChange> grid = new Grid<>();
        grid.setId("reaggregation-changes");
        grid.addColumn(CellChange::label).setHeader("单元格").setFlexGrow(1);
        grid.addColumn(CellChange::before).setHeader("本稿现值").setWidth("8em").setFlexGrow(0);
        grid.addColumn(CellChange::after).setHeader("重新汇总值").setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(changes.size() <= 12);
        grid.setItems(changes);
        return grid;
    }

    private static String names(List<String> names, String none) {
        return names.isEmpty() ? none : String.join("、", names);
    }
}
