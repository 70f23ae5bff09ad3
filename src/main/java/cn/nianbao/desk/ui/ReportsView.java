package cn.nianbao.desk.ui;

import cn.nianbao.agency.Role;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.YearField;
import cn.nianbao.deadline.ReportingCycle;
import cn.nianbao.report.ReportExistsException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * 本机关报告: the agency's reports by year, and for a handler the button that starts a new one. A coordinator sees the
 * reports of every agency below theirs here, read-only.
 */
@Route("reports")
@PageTitle("本机关报告 · 年报")
@Menu(order = 1, title = "本机关报告")
@RolesAllowed({
    RoleNames.HANDLER,
    RoleNames.SECRECY_REVIEWER,
    RoleNames.SUPERVISOR,
    RoleNames.LEAD,
    RoleNames.COORDINATOR
})
public class ReportsView extends VerticalLayout {

    private final ReportWorkflow workflow;
    private final ReportService reports;

    ReportsView(ReportService reports, ReportWorkflow workflow, CurrentActor currentActor, ReportingCycle cycle) {
        this.workflow = workflow;
        this.reports = reports;
        boolean coordinator = currentActor.require().has(Role.COORDINATOR);
        add(new H2(coordinator ? "本机关及下级机关报告" : "本机关报告"));
        if (currentActor.require().has(Role.HANDLER)) {
            // the year whose report is due next, not last year's (in December that one is overdue already)
            add(createForm(cycle.currentFor(currentActor.require().agencyId())));
        }
        Grid<ReportSummary> grid = new Grid<>();
        grid.setId("reports");
        if (coordinator) {
            grid.addColumn(ReportSummary::agencyName).setHeader("机关").setSortable(true);
        }
        grid.addColumn(ReportSummary::yearLabel).setHeader("年度");
        grid.addColumn(r -> r.stage().label(r.edition())).setHeader("当前环节");
        grid.addColumn(r -> ChinaTime.MINUTES.format(r.updatedAt())).setHeader("最近更新");
        grid.addComponentColumn(r -> new Button(
                        "查看",
                        e -> UI.getCurrent()
                                .navigate(
                                        ReportDetailView.class,
                                        new RouteParameters("reportId", String.valueOf(r.id())))))
                .setHeader("操作");
        grid.setItems(reports.readableReports());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private HorizontalLayout createForm(int defaultYear) {
        YearField year = new YearField("报告年度", defaultYear);
        year.setId("new-report-year");
        Button create = new Button("新建年度报告");
        create.setId("create-report");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e ->
                year.year().ifPresentOrElse(this::create, () -> Feedback.error("报告年度：" + year.getErrorMessage())));
        HorizontalLayout form = new HorizontalLayout(year, create);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    /** Opens the new draft; when the report exists already (a colleague was faster), says so and opens that one. */
    private void create(int year) {
        try {
            long reportId = workflow.startReport(year);
            openDraftOrReport(reportId);
        } catch (ReportExistsException exists) {
            Feedback.error("本机关 " + year + " 年度报告已经存在，已为您打开。");
            reports.readableReports().stream()
                    .filter(r -> r.year() == year && r.edition() == 1)
                    .findFirst()
                    .ifPresent(r -> openDraftOrReport(r.id()));
        } catch (RuntimeException refused) {
            Feedback.error(Feedback.messageFor(refused));
        }
    }

    private void openDraftOrReport(long reportId) {
        workflow.inbox().stream()
                .filter(item -> item.reportId() == reportId)
                .findFirst()
                .ifPresentOrElse(
                        item -> UI.getCurrent().navigate(TaskView.class, TaskView.parameters(item.taskId())),
                        () -> UI.getCurrent()
                                .navigate(
                                        ReportDetailView.class,
                                        new RouteParameters("reportId", String.valueOf(reportId))));
    }
}
