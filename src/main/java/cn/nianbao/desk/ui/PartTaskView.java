package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.desk.WorkList;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.PartProposals;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.ui.EditorNavigation;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.PartAssignment;
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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A part of a draft handed to a colleague (分工起草): the whole report is shown, only their part can be edited; it
 * saves itself and keeps a copy in the browser as the 起草 screen does ({@link DraftAutosave}), shows what the others
 * saved in the other parts, the report's due date, history and diagram; when done, 提交本部分. The server refuses a
 * save that changes anything else. A part taken back while its owner types: their text goes to the drafter as a
 * proposal ({@link PartProposals}) instead of being lost.
 */
@Route("parts/:taskId")
@PageTitle("分工起草 · 年报")
@RolesAllowed(RoleNames.HANDLER)
public class PartTaskView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    private final ReportWorkflow workflow;
    private final ReportService reports;
    private final PartProposals proposals;
    private final WorkList work;
    private final Clock clock;
    private final CurrentActor currentActor;
    private DraftAutosave autosave;

    PartTaskView(
            ReportWorkflow workflow,
            ReportService reports,
            PartProposals proposals,
            WorkList work,
            Clock clock,
            CurrentActor currentActor) {
        this.workflow = workflow;
        this.reports = reports;
        this.proposals = proposals;
        this.work = work;
        this.clock = clock;
        this.currentActor = currentActor;
        addClassName("task-page");
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (autosave != null) {
            autosave.autosave();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        autosave = null;
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
        Set<DraftPart> mine =
                workflow.myParts(report.id()).orElse(Set.of(item.get().part()));
        editor.editOnly(mine);
        Button save = new Button("保存");
        save.setId("save");
        Button finish = new Button("提交本部分");
        finish.setId("finish-part");
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.setDisableOnClick(true);
        autosave = new DraftAutosave(
                reports, clock, currentActor.require().username(), report, editor, (typed, refused) -> {
                    Optional<String> kept = proposeIfTakenBack(taskId, report.id(), mine, typed);
                    kept.ifPresent(message -> {
                        editor.editOnly(Set.of());
                        save.setEnabled(false);
                        finish.setEnabled(false);
                    });
                    return kept;
                });
        save.addClickListener(e -> autosave.save());
        finish.addClickListener(e -> {
            boolean done = (!editor.hasChanges() || autosave.save()) && Feedback.run(() -> workflow.finishPart(taskId));
            if (done) {
                Feedback.success("已提交本部分，起草负责人可以看到。");
                UI.getCurrent().navigate(InboxView.class);
            } else {
                finish.setEnabled(save.isEnabled());
            }
        });
        Div main = new Div(
                new H2(report.title() + "（" + item.get().stepLabel() + "）"),
                DesktopOnlyNotice.create(),
                new Paragraph("您只负责「" + item.get().part().label() + "」，其他部分只能查看；其他人保存的内容会自动显示。"),
                new EditorNavigation(editor),
                autosave.localDraft(),
                autosave.conflicts(),
                editor);
        main.addClassName("task-main");
        Div side = TaskPage.side(report.id(), new HorizontalLayout(save, finish), autosave);
        side.add(new HistoryList(report.id(), reports.history(report.id()), reports.versionedSteps(report.id())));
        Div panel = TaskPage.panel(main, side);
        work.due(item.get()).ifPresent(deadline -> TaskPage.showDue(panel, item.get(), deadline));
        add(panel);
    }

    /**
     * A save refused because the part task is gone (the drafter took the part back): what was typed in the parts
     * that are no longer the person's is kept for the drafter as a proposal, and the person is told so.
     */
    private Optional<String> proposeIfTakenBack(
            String taskId, long reportId, Set<DraftPart> editable, ReportContent typed) {
        if (workflow.partTask(taskId).isPresent()) {
            return Optional.empty();
        }
        String me = currentActor.require().username();
        Set<DraftPart> gone = EnumSet.noneOf(DraftPart.class);
        workflow.parts(reportId).stream()
                .filter(a -> a.ownerUsername().equals(me) && editable.contains(a.part()))
                .forEach(a -> {
                    if (a.state() == PartAssignment.State.CANCELLED) {
                        gone.add(a.part());
                    } else {
                        gone.remove(a.part()); // handed to them again, or finished: not taken back
                    }
                });
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        String labels = gone.stream().map(p -> "「" + p.label() + "」").collect(Collectors.joining("、"));
        boolean kept = proposals.propose(reportId, gone, typed).isPresent();
        return Optional.of(
                kept
                        ? labels + "的分工已被起草负责人收回，本次输入未保存到草稿；您输入的内容已作为修改建议转交起草负责人（见办理记录）。"
                        : labels + "的分工已被起草负责人收回；您的输入与草稿相同，无需转交。");
    }
}
