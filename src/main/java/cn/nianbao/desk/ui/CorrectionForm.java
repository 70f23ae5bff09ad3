package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportEdition;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 更正 on the page of a published report: the 更正说明 (required, published with the correction) and the button that
 * opens the new edition's draft, prefilled with the published text and figures.
 */
class CorrectionForm extends Div {

    CorrectionForm(ReportWorkflow workflow, long reportId) {
        addClassName("correction-form");
        TextArea note = new TextArea("更正说明");
        note.setId("correction-note-input");
        note.setWidthFull();
        TextLimits.limit(note, ReportEdition.MAX_CORRECTION_NOTE, "更正说明");
        note.setHelperText("必填：更正了什么、为什么更正。将与更正后的报告一同公开；已发布的版本保持不变。");
        Button correct = new Button("更正");
        correct.setId("correct");
        correct.addThemeVariants(ButtonVariant.PRIMARY);
        correct.setDisableOnClick(true);
        correct.addClickListener(e -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage("请填写更正说明");
                correct.setEnabled(true);
                return;
            }
            boolean started = Feedback.run(() -> {
                TextLimits.require(note);
                long correctionId = workflow.startCorrection(reportId, note.getValue());
                Feedback.success("已发起更正，请在更正稿中修改后提交审核。");
                workflow.inbox().stream()
                        .filter(item -> item.reportId() == correctionId)
                        .findFirst()
                        .ifPresent(
                                item -> UI.getCurrent().navigate(TaskView.class, TaskView.parameters(item.taskId())));
            });
            if (!started) {
                correct.setEnabled(true);
            }
        });
        add(note, correct);
    }
}
