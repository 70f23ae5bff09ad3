package cn.nianbao.workflow.ui;

import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.ReportEdition;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.ReportDocument;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cn.nianbao.agency.RoleNames;
import jakarta.annotation.security.RolesAllowed;

/**
 * One report, read-only, with its process diagram and history; a link to the open task when this person holds one.
 */
@Route("reports/:reportId")
@PageTitle("报告 · 年报")
@RolesAllowed({RoleNames.HANDLER, RoleNames.SECRECY_REVIEWER, RoleNames.SUPERVISOR, RoleNames.LEAD,
        RoleNames.COORDINATOR})
public class ReportDetailView extends Div implements BeforeEnterObserver {

    private final ReportService reports;
    private final ReportWorkflow workflow;

    ReportDetailView(ReportService reports, ReportWorkflow workflow) {
        this.reports = reports;
        this.workflow = workflow;
        addClassName("task-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long reportId;
        try {
            reportId = Long.parseLong(event.getRouteParameters().get("reportId").orElse(""));
            ReportView report = reports.view(reportId);
            Div main = new Div(diagram(reportId), new ReportDocument(report.title(), report.content()));
            main.addClassName("task-main");
            ReportEdition edition = reports.edition(reportId);
            Paragraph stage = new Paragraph("当前环节：" + report.stage().label(edition.edition()));
            stage.setId("stage");
            Div side = new Div(stage);
            if (edition.isCorrection()) {
                Paragraph note = new Paragraph("更正说明（第" + edition.edition() + "版）：" + edition.correctionNote());
                note.setId("correction-note");
                side.add(note);
            }
            side.addClassName("task-side");
            workflow.inbox().stream().filter(item -> item.reportId() == report.id()).findFirst().ifPresent(item -> {
                Button open = new Button("去办理", e -> UI.getCurrent().navigate(TaskView.class,
                        TaskView.parameters(item.taskId())));
                open.addThemeVariants(ButtonVariant.PRIMARY);
                side.add(open);
            });
            if (workflow.canWithdraw(reportId)) {
                Button withdraw = new Button("撤回（保密审查办理前）");
                withdraw.setId("withdraw");
                withdraw.setDisableOnClick(true);
                withdraw.addClickListener(e -> {
                    if (Feedback.run(() -> workflow.withdraw(report.id()))) {
                        Feedback.success("已撤回，报告回到起草环节。");
                        UI.getCurrent().navigate(InboxView.class);
                    } else {
                        withdraw.setEnabled(true);
                    }
                });
                side.add(withdraw);
            }
            if (workflow.canCorrect(reportId)) {
                side.add(new CorrectionForm(workflow, reportId));
            }
            side.add(new HistoryList(reports.history(reportId)));
            add(main, side);
        } catch (NumberFormatException | UserFacingException e) {
            Paragraph missing = new Paragraph("报告不存在或您无权查看。");
            missing.setId("not-found");
            add(missing);
        }
    }

    /** Server-rendered SVG (no front-end build); wide, so it scrolls sideways on a narrow screen. */
    private Div diagram(long reportId) {
        Svg svg = new Svg(workflow.diagram(reportId));
        svg.setId("process-diagram");
        Div box = new Div(svg);
        box.addClassName("process-diagram-box");
        return box;
    }
}
