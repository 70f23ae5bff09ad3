package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.DraftReaggregation;
import cn.nianbao.report.ui.ReaggregationDialog;
import cn.nianbao.report.ui.ReportEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * 重新汇总 beside a government's 汇总范围 line. What is typed is saved first, as 提交 does, so that the sums never
 * overwrite unsaved typing; the changes are computed only on click, never when the screen opens.
 */
final class ReaggregateButton {

    static final String ID = "reaggregate";

    private ReaggregateButton() {}

    /** The 汇总范围 line with the button at its end. */
    static HorizontalLayout beside(
            Paragraph scope,
            DraftReaggregation reaggregation,
            long reportId,
            ReportEditor editor,
            DraftAutosave autosave) {
        HorizontalLayout row = new HorizontalLayout(scope, of(reaggregation, reportId, editor, autosave));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static Button of(
            DraftReaggregation reaggregation, long reportId, ReportEditor editor, DraftAutosave autosave) {
        Button button = new Button("重新汇总", e -> {
            if (editor.hasChanges() && !autosave.save()) {
                return; // the refusal is shown; the typing stays on screen
            }
            Feedback.run(() -> new ReaggregationDialog(
                            reaggregation.preview(reportId), reaggregation::accept, TaskPage::reload)
                    .open());
        });
        button.setId(ID);
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }
}
