package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A part of a draft handed to a colleague (分工起草): the whole report is shown, only their part can be edited;
 * they save and, when done, 提交本部分. The server refuses a save that changes anything else.
 */
@Route("parts/:taskId")
@PageTitle("分工起草 · 年报")
@RolesAllowed(RoleNames.HANDLER)
public class PartTaskView extends Div implements BeforeEnterObserver {

    private final ReportWorkflow workflow;
    private final ReportService reports;
    private DraftSync sync;

    PartTaskView(ReportWorkflow workflow, ReportService reports) {
        this.workflow = workflow;
        this.reports = reports;
        addClassName("task-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        Optional<WorkItem> item = workflow.partTask(taskId);
        if (item.isEmpty()) {
            Paragraph gone = new Paragraph("该分工任务已完成、已取消或不存在。");
            gone.setId("task-gone");
            add(gone, new Anchor("", "返回待办"));
            return;
        }
        ReportView report = reports.open(item.get().reportId(), item.get().stepLabel());
        ReportEditor editor = new ReportEditor(report.content(), reports.lastYear(report.id()));
        sync = new DraftSync(reports, report, editor, () -> Feedback.run(() -> save(editor)));
        editor.editOnly(workflow.myParts(report.id()).orElse(Set.of(item.get().part())));
        Button save = new Button("保存", e -> {
            StringBuilder notice = new StringBuilder();
            if (Feedback.run(() -> save(editor).ifPresent(notice::append))) {
                Feedback.success("已保存。" + notice);
            }
        });
        save.setId("save");
        Button finish = new Button("提交本部分");
        finish.setId("finish-part");
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.setDisableOnClick(true);
        finish.addClickListener(e -> {
            boolean done = (!editor.hasChanges() || Feedback.run(() -> save(editor)))
                    && Feedback.run(() -> workflow.finishPart(taskId));
            if (done) {
                Feedback.success("已提交本部分，起草负责人可以看到。");
                UI.getCurrent().navigate(InboxView.class);
            } else {
                finish.setEnabled(true);
            }
        });
        Div main = new Div(
                new H2(report.title() + "（" + item.get().stepLabel() + "）"),
                DesktopOnlyNotice.create(),
                new Paragraph("您只负责「" + item.get().part().label() + "」，其他部分只能查看。"),
                sync.conflicts(),
                editor);
        main.addClassName("task-main");
        add(main, new HorizontalLayout(save, finish));
    }

    /** Returns what the save changed in the text as typed (control characters pasted from Word), to be told. */
    private Optional<String> save(ReportEditor editor) {
        DraftSync.Outcome saved = sync.save();
        if (!saved.conflicts().isEmpty()) {
            throw new ReportInputException(
                    saved.conflicts().stream().map(SaveConflicts::describe).collect(Collectors.joining("；"))
                            + "。这些部分未保存，您的修改仍在页面上。");
        }
        editor.markSaved();
        return saved.notice();
    }
}
