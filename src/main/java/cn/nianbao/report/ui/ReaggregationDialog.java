package cn.nianbao.report.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.Reaggregation;
import cn.nianbao.report.Reaggregation.CellMove;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * 重新汇总, before anything is stored: the agencies newly taken in, those still missing, and every cell that would
 * change (本稿现值 → 重新汇总后, with the area's sum under it). 确认更新 stores exactly that, 取消 changes nothing.
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
        if (!preview.baseRecorded()) {
            Paragraph noBase = new Paragraph(Reaggregation.NO_BASE + "。");
            noBase.setId("reaggregation-no-base");
            add(noBase);
        }
        if (preview.changes().isEmpty()) {
            add(new Paragraph("各单元格的数字不变，确认后只更新汇总范围。"));
        } else {
            add(new Paragraph("以下 " + preview.changes().size() + " 个单元格将按「" + Reaggregation.COLUMNS + "」更新，合计随之重算"
                    + (preview.baseRecorded() ? "；每格只加上辖区合计的变化，本级自行填写的数字保留。" : "。")));
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

    private static Grid<CellMove> changes(List<CellMove> changes) {
        Grid<CellMove> grid = new Grid<>();
        grid.setId("reaggregation-changes");
        grid.addColumn(CellMove::label).setHeader("单元格").setFlexGrow(1);
        // figures are never cut (「5949.08…」): each column as wide as its widest value
        grid.addColumn(CellMove::draft).setHeader("本稿现值").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CellMove::result).setHeader("重新汇总后").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CellMove::area).setHeader("辖区合计").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(changes.size() <= 12);
        grid.setItems(changes);
        return grid;
    }

    private static String names(List<String> names, String none) {
        return names.isEmpty() ? none : String.join("、", names);
    }
}
