package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.desk.ApprovalForm;
import cn.nianbao.report.ReportEdition;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.OpinionColumn;
import cn.nianbao.report.ui.ReportDocument;
import cn.nianbao.workflow.ProcessDiagram;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One report, read-only, with its process diagram and history; a link to the open task when this person holds one.
 */
@Route("reports/:reportId")
@PageTitle("报告 · 年报")
@RolesAllowed({
    RoleNames.HANDLER,
    RoleNames.SECRECY_REVIEWER,
    RoleNames.SUPERVISOR,
    RoleNames.LEAD,
    RoleNames.COORDINATOR
})
public class ReportDetailView extends Div implements BeforeEnterObserver {

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ProcessDiagram diagrams;

    ReportDetailView(ReportService reports, ReportWorkflow workflow, ProcessDiagram diagrams) {
        this.reports = reports;
        this.workflow = workflow;
        this.diagrams = diagrams;
        addClassName("task-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long reportId;
        try {
            reportId = Long.parseLong(event.getRouteParameters().get("reportId").orElse(""));
            ReportView report = reports.open(reportId, "报告页");
            Div main = new Div(diagram(reportId), new ReportDocument(report.title(), report.content()));
            main.addClassName("task-main");
            ReportEdition edition = reports.edition(reportId);
            Paragraph stage = new Paragraph("当前环节：" + report.stage().label(edition.edition()));
            stage.setId("stage");
            Div side = new Div(stage);
            AggregationScope.panel(reports.aggregationScope(reportId)).ifPresent(side::add);
            if (edition.isCorrection()) {
                Paragraph note = new Paragraph("更正说明（第" + edition.edition() + "版）：" + edition.correctionNote());
                note.setId("correction-note");
                side.add(note);
            }
            side.addClassName("task-side");
            workflow.taskOfReport(reportId).ifPresent(item -> {
                Button open = new Button(
                        "去办理", e -> UI.getCurrent().navigate(TaskView.class, TaskView.parameters(item.taskId())));
                open.addThemeVariants(ButtonVariant.PRIMARY);
                side.add(open);
            });
            reports.signOff(reportId).ifPresent(signOff -> side.add(signOff(signOff)));
            if (workflow.canWithdraw(reportId)) {
                side.add(withdrawButton(report));
            }
            if (workflow.canCorrect(reportId)) {
                side.add(new CorrectionForm(workflow, reportId));
            }
            if (report.stage().isInChain()) {
                side.add(urge(reportId));
            }
            Anchor changes = new Anchor("reports/" + reportId + "/changes", "自我上次的版本以来的修改");
            changes.setId("changes-since-mine");
            side.add(new Div(changes));
            List<ReportHistoryItem> history = reports.history(reportId);
            side.add(new OpinionColumn(history), forms(reportId));
            side.add(new HistoryList(reportId, history, reports.versionedSteps(reportId)));
            add(main, side);
        } catch (NumberFormatException | UserFacingException e) {
            Paragraph missing = new Paragraph("报告不存在或您无权查看。");
            missing.setId("not-found");
            add(missing);
        }
    }

    /** The 审批表 and 签发单 as PDF, opened in a new tab; not Vaadin routes, so the router leaves the links alone. */
    private static Div forms(long reportId) {
        Div links = new Div();
        links.addClassName("approval-forms");
        for (ApprovalForm form : ApprovalForm.values()) {
            Anchor link = new Anchor("forms/reports/" + reportId + "/" + form.slug() + ".pdf", "打印" + form.title());
            link.setId("form-" + form.slug());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            links.add(new Div(link));
        }
        Anchor word = new Anchor("forms/reports/" + reportId + "/report.docx", "下载 Word 文件（.docx）");
        word.setId("download-docx");
        word.setRouterIgnore(true);
        links.add(new Div(word));
        return links;
    }

    /** 撤回 while the next step has not acted: back to 起草 for the submitter, to one's own step for a reviewer. */
    private Button withdrawButton(ReportView report) {
        Button withdraw = new Button("撤回（下一环节办理前）");
        withdraw.setId("withdraw");
        withdraw.setDisableOnClick(true);
        withdraw.addClickListener(e -> {
            if (Feedback.run(() -> workflow.withdraw(report.id()))) {
                ReportStage now = reports.view(report.id()).stage();
                Feedback.success("已撤回，报告回到" + now.label() + "环节。");
                UI.getCurrent().navigate(InboxView.class);
            } else {
                withdraw.setEnabled(true);
            }
        });
        return withdraw;
    }

    /** The sign-off as recorded: who signed, when, with which opinion. */
    private static Div signOff(ReportHistoryItem signOff) {
        Div box = new Div(
                new Paragraph("签发人：" + signOff.actorName()),
                new Paragraph("签发时间：" + ChinaTime.MINUTES.format(signOff.occurredAt())));
        if (signOff.opinion() != null) {
            box.add(new Paragraph("签发意见：" + signOff.opinion()));
        }
        box.addClassName("sign-off");
        box.setId("sign-off");
        return box;
    }

    /** 催办: a reminder to whoever holds the open step; the server decides who may urge. */
    private Div urge(long reportId) {
        TextField text = new TextField("催办留言");
        text.setId("urge-text");
        TextLimits.limit(text, 200, "催办留言");
        Button urge = new Button("催办", e -> {
            int[] reminded = new int[1];
            if (Feedback.run(() -> {
                TextLimits.require(text);
                reminded[0] = workflow.urge(reportId, text.getValue());
            })) {
                Feedback.success("已催办 " + reminded[0] + " 人。");
                text.clear();
            }
        });
        urge.setId("urge");
        HorizontalLayout row = new HorizontalLayout(text, urge);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(row);
    }

    /** Server-rendered SVG (no front-end build); wide, so it scrolls sideways on a narrow screen. */
    private Component diagram(long reportId) {
        return diagrams.of(reportId)
                .<Component>map(drawing -> {
                    Svg svg = new Svg(drawing);
                    svg.setId("process-diagram");
                    Div box = new Div(svg);
                    box.addClassName("process-diagram-box");
                    return box;
                })
                .orElseGet(() -> {
                    Paragraph none = new Paragraph("这份报告在本系统之外发布，导入时读入了正文和数字，没有审批流程。");
                    none.setId("no-process");
                    return none;
                });
    }
}
