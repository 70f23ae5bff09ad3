package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.report.ui.ChangesPanel;
import cn.nianbao.report.ui.EditorNavigation;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.OpinionColumn;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;

/**
 * 起草: the handler edits, saves and submits, with the last return opinion beside the report; what is typed saves
 * itself every few seconds (autosave), and a refusal (someone saved meanwhile) is shown once and stops it, leaving
 * everything typed on screen.
 */
final class DraftPanel extends Div {

    private final DraftAutosave autosave;

    DraftPanel(
            ReportWorkflow workflow,
            ReportService reports,
            DraftTools tools,
            String taskId,
            String username,
            ReportView report,
            List<ReportHistoryItem> history) {
        long reportId = report.id();
        addClassName("task-panel");
        ReportEditor editor = new ReportEditor(report.content(), reports.lastYear(reportId));
        autosave = new DraftAutosave(
                reports, tools.clock(), username, report, editor, (typed, refused) -> Optional.empty());
        Div main = new Div(new H2(report.title() + "（起草）"));
        TaskPage.lastReturn(history).ifPresent(main::add);
        Optional<String> scope = reports.aggregationScope(reportId);
        AggregationScope.panel(scope)
                .ifPresent(panel -> main.add(
                        AggregationScope.isAreaScope(scope.get())
                                ? ReaggregateButton.beside(panel, tools.reaggregation(), reportId, editor, autosave)
                                : panel));
        reports.changesSinceMyLastVersion(reportId)
                .filter(changes -> !changes.isEmpty())
                .ifPresent(changes -> main.add(new ChangesPanel("与此前版本相比的修改", changes)));
        main.add(new EditorNavigation(editor), autosave.localDraft(), autosave.conflicts(), editor);
        main.addClassName("task-main");
        TextArea warningNote = new TextArea("警告说明");
        warningNote.setId("warning-note");
        warningNote.setWidthFull();
        TextLimits.limit(warningNote, 2000, "警告说明");
        warningNote.setHelperText("校验有警告时必填：说明这些数字为什么如此（例如上年数据重新统计），审核人员会看到。");
        Button save = new Button("保存", e -> autosave.save());
        save.setId("save");
        Button submit = new Button("提交保密审查");
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            boolean done = (!editor.hasChanges() || autosave.save())
                    && Feedback.run(() -> {
                        TextLimits.require(warningNote);
                        workflow.submit(taskId, warningNote.getValue());
                    });
            if (done) {
                Feedback.success("已提交，进入保密审查。");
                UI.getCurrent().navigate(InboxView.class);
            } else {
                submit.setEnabled(true);
            }
        });
        add(
                main,
                TaskPage.side(
                        reportId,
                        new HorizontalLayout(save, submit),
                        warningNote,
                        autosave,
                        new SectionSplitPanel(workflow, taskId, reportId, TaskPage::reload),
                        new TaskHandoverPanel(workflow, taskId, TaskPage::reload),
                        new OpinionColumn(history),
                        new HistoryList(reportId, history, reports.versionedSteps(reportId))));
    }

    /** Saves what was typed since the last save, quietly (before the person leaves the screen). */
    void autosave() {
        autosave.autosave();
    }
}
