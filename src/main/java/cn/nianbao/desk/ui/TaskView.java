package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.desk.WorkList;
import cn.nianbao.desk.opinions.StockOpinions;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.ReviewMarks;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The screen of one task: the draft ({@link DraftPanel}), a review step ({@link ReviewPanel}) or a task delegated
 * to this person ({@link DelegatePanel}). A task that is not the person's says why.
 */
@Route("tasks/:taskId")
@PageTitle("办理 · 年报")
@RolesAllowed({
    RoleNames.HANDLER,
    RoleNames.SECRECY_REVIEWER,
    RoleNames.SUPERVISOR,
    RoleNames.LEAD,
    RoleNames.COORDINATOR
})
public class TaskView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String GONE = "该任务已由他人处理、已撤回或不存在。";

    private final ReportWorkflow workflow;
    private final ReportService reports;
    private final DraftTools draftTools;
    private final StockOpinions stockOpinions;
    private final ReviewMarks marks;
    private final CurrentActor currentActor;
    private final WorkList work;
    private DraftPanel draft;

    TaskView(
            ReportWorkflow workflow,
            ReportService reports,
            DraftTools draftTools,
            StockOpinions stockOpinions,
            ReviewMarks marks,
            CurrentActor currentActor,
            WorkList work) {
        this.work = work;
        this.workflow = workflow;
        this.currentActor = currentActor;
        this.marks = marks;
        this.reports = reports;
        this.draftTools = draftTools;
        this.stockOpinions = stockOpinions;
        addClassName("task-page");
    }

    static RouteParameters parameters(String taskId) {
        return new RouteParameters("taskId", taskId);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft != null) {
            draft.autosave();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        draft = null;
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        Optional<WorkItem> item = workflow.task(taskId);
        if (item.isEmpty()) {
            Paragraph gone = new Paragraph(workflow.whyNotMine(taskId).orElse(GONE));
            gone.setId("task-gone");
            add(gone, new Anchor("", "返回待办"));
            return;
        }
        WorkItem task = item.get();
        ReportView report = reports.open(task.reportId(), task.step().label());
        List<ReportHistoryItem> history = reports.history(report.id());
        if (task.step() == ReportStage.DRAFTING) {
            draft = new DraftPanel(
                    workflow,
                    reports,
                    draftTools,
                    taskId,
                    currentActor.require().username(),
                    report,
                    history);
            add(DesktopOnlyNotice.create(), draft);
        } else if (task.holding() == WorkItem.Holding.DELEGATED_TO_ME) {
            add(DelegatePanel.of(workflow, reports, stockOpinions, task, report, history));
        } else {
            add(ReviewPanel.of(workflow, marks, reports, stockOpinions, task, report, history));
        }
        work.due(task).ifPresent(deadline -> TaskPage.showDue(this, task, deadline));
    }
}
