package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.desk.opinions.StockOpinions;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ReviewFinding;
import cn.nianbao.report.format.TextSpan;
import cn.nianbao.report.ui.ChangesPanel;
import cn.nianbao.report.ui.FindingsSummary;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.OpinionColumn;
import cn.nianbao.report.ui.ReportDocument;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.ReturnTarget;
import cn.nianbao.workflow.ReviewMarks;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * A review step (保密审查, 分管领导审核, 主要领导签发, and 主管部门备案 where the area requires it, with the 签发单): the whole report with what changed since the reviewer's last look,
 * and the decision: 通过 (签发 at the last step, asked first) or 退回 to a chosen step with a required opinion (asked
 * first, {@link DecisionConfirmation}), 常用意见 under the opinion; 认领 and the hand-overs beside it. At 保密审查 the
 * findings to mark before 通过 ({@link SecrecyFindingsPanel}), their passages marked in the text. The services check
 * everything again.
 */
final class ReviewPanel {

    private ReviewPanel() {}

    static Div of(
            ReportWorkflow workflow,
            ReviewMarks marks,
            ReportService reports,
            StockOpinions stockOpinions,
            WorkItem item,
            ReportView report,
            List<ReportHistoryItem> history) {
        TextArea opinion = opinionField(item.step());
        List<ReviewFinding> findings =
                item.step() == ReportStage.SECRECY_REVIEW ? marks.findings(item.taskId()) : List.of();
        Div historyBox = new Div(new HistoryList(report.id(), history, reports.versionedSteps(report.id())));
        Div decision = new Div(
                new H2(item.step().label() + "（" + item.holding().label() + "）"),
                new FindingsSummary(reports.check(report.id())));
        if (!findings.isEmpty()) {
            // each mark is in the history at once: the list beside it is shown anew, the opinion typed stays
            decision.add(new SecrecyFindingsPanel(marks, item.taskId(), findings, opinion, () -> {
                historyBox.removeAll();
                historyBox.add(new HistoryList(
                        report.id(), reports.history(report.id()), reports.versionedSteps(report.id())));
            }));
        }
        if (item.step() == ReportStage.FILING) {
            decision.add(signOffForm(report.id()));
        }
        decision.add(
                controls(workflow, reports, stockOpinions, item, opinion),
                new TaskHandoverPanel(workflow, item.taskId(), TaskPage::reload));
        decision.addClassName("decision");
        List<TextSpan> passages = findings.stream().map(ReviewFinding::span).toList();
        return TaskPage.panel(
                reading(reports, report, history, passages),
                TaskPage.side(report.id(), decision, new OpinionColumn(history), historyBox));
    }

    /** The report as a reviewer (or a delegate) reads it: the last return, the changes since their last look. */
    static Div reading(ReportService reports, ReportView report, List<ReportHistoryItem> history) {
        return reading(reports, report, history, List.of());
    }

    /** … with {@code passages} marked in the text (保密审查's findings, listed beside it in this order). */
    static Div reading(
            ReportService reports, ReportView report, List<ReportHistoryItem> history, List<TextSpan> passages) {
        Div main = new Div();
        TaskPage.lastReturn(history).ifPresent(main::add);
        reports.changesSinceMyLastVersion(report.id())
                .ifPresent(changes -> main.add(new ChangesPanel("与此前版本相比的修改", changes)));
        main.add(ReportDocument.withPassages(report.title(), report.content(), passages));
        main.addClassName("task-main");
        return main;
    }

    private static Component controls(
            ReportWorkflow workflow,
            ReportService reports,
            StockOpinions stockOpinions,
            WorkItem item,
            TextArea opinion) {
        String taskId = item.taskId();
        boolean signOff = item.step() == ReportStage.LEAD_SIGNOFF;
        boolean filing = item.step() == ReportStage.FILING;
        Button approve = new Button(signOff ? "签发" : filing ? "备案" : "通过");
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setDisableOnClick(true);
        Runnable approval = () -> TaskPage.decide(
                approve,
                opinion,
                () -> workflow.approve(taskId, opinion.getValue()),
                () -> signOff
                        ? signedOff(reports.view(item.reportId()).stage())
                        : filing ? "已备案，系统将自动发布。" : "已通过，进入下一环节。");
        approve.addClickListener(e -> {
            if (signOff) {
                DecisionConfirmation.ask(approve, opinion, "确认签发", DecisionConfirmation.SIGN_OFF, approval);
            } else if (filing) {
                DecisionConfirmation.ask(approve, opinion, "确认备案", DecisionConfirmation.FILING, approval);
            } else {
                approval.run();
            }
        });
        Select<ReturnTarget> target = new Select<>();
        target.setId("return-target");
        target.setLabel("退回至");
        target.setItemLabelGenerator(ReturnTarget::label);
        List<ReturnTarget> targets = workflow.returnTargets(taskId);
        target.setItems(targets);
        if (!targets.isEmpty()) {
            target.setValue(targets.getFirst());
        }
        Button giveBack = new Button(returnLabel(target.getValue()));
        target.addValueChangeListener(e -> giveBack.setText(returnLabel(e.getValue())));
        giveBack.setId("return");
        giveBack.addThemeVariants(ButtonVariant.ERROR);
        giveBack.setDisableOnClick(true);
        giveBack.addClickListener(e -> {
            if (opinion.getValue().isBlank()) {
                opinion.setInvalid(true);
                opinion.setErrorMessage("退回修改必须填写意见");
                giveBack.setEnabled(true);
                return;
            }
            ReturnTarget to = target.getValue();
            ReportStage step = to == null ? ReportStage.DRAFTING : to.step();
            DecisionConfirmation.ask(
                    giveBack,
                    opinion,
                    "确认" + giveBack.getText(),
                    DecisionConfirmation.returnText(to),
                    () -> TaskPage.decide(
                            giveBack,
                            opinion,
                            () -> workflow.returnTo(taskId, step, opinion.getValue()),
                            "已退回至「" + step.label() + "」。"));
        });
        HorizontalLayout buttons = new HorizontalLayout(approve, giveBack);
        if (item.holding() == WorkItem.Holding.OFFERED) {
            buttons.add(handoverButton("认领", "claim", () -> workflow.claim(taskId), "已认领，其他人不再看到此任务。"));
        } else {
            buttons.add(handoverButton("取消认领", "unclaim", () -> workflow.unclaim(taskId), "已取消认领。"));
        }
        return new Div(opinion, new StockOpinionsPanel(stockOpinions, opinion), target, buttons);
    }

    private static String signedOff(ReportStage next) {
        return next == ReportStage.FILING ? "已签发，已报送主管部门备案，备案后系统将自动发布。" : "已签发，系统将自动发布。";
    }

    private static TextArea opinionField(ReportStage step) {
        String label = switch (step) {
            case LEAD_SIGNOFF -> "签发意见";
            case FILING -> "备案意见";
            default -> step.label() + "意见";
        };
        return TaskPage.opinionField(label, "不填则记为「" + ReportWorkflow.defaultOpinion(step) + "」；退回修改时必须填写。");
    }

    /** At 备案 the coordinator checks what the lead signed: the 签发单 with every step's opinion and signature. */
    private static Component signOffForm(long reportId) {
        Anchor form = new Anchor("forms/reports/" + reportId + "/sign-off.pdf", "查看签发单（PDF）");
        form.setId("filing-sign-off-form");
        form.setTarget("_blank");
        return new Paragraph(form);
    }

    /** The return button names where the report goes, as the chosen 退回至 does. */
    static String returnLabel(ReturnTarget target) {
        ReportStage step = target == null ? ReportStage.DRAFTING : target.step();
        return switch (step) {
            case SECRECY_REVIEW -> "退回保密审查";
            case SUPERVISOR_REVIEW -> "退回分管领导";
            default -> "退回起草";
        };
    }

    private static Button handoverButton(String label, String id, Runnable action, String success) {
        Button button = new Button(label, e -> {
            if (Feedback.run(action)) {
                Feedback.success(success);
                TaskPage.reload();
            }
        });
        button.setId(id);
        return button;
    }
}
