package cn.nianbao.workflow.ui;

import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.ChangesPanel;
import cn.nianbao.report.ui.FindingsSummary;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.ReportDocument;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.ReturnTarget;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import cn.nianbao.agency.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The screen of one task. At 起草 the handler edits, saves and submits, with the last return opinion beside the
 * report; at the review steps the reviewer reads the whole report and approves (签发 for the lead) or returns it
 * with a required opinion. The services check everything again: this screen only offers what they would allow.
 */
@Route("tasks/:taskId")
@PageTitle("办理 · 年报")
@RolesAllowed({RoleNames.HANDLER, RoleNames.SECRECY_REVIEWER, RoleNames.SUPERVISOR, RoleNames.LEAD})
public class TaskView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    /** Drafts save themselves this often while the handler types: a closed browser loses at most these seconds. */
    static final int AUTOSAVE_MILLIS = 5000;
    /**
     * Polling counts as activity and so keeps the session alive: it runs only while something typed is not saved
     * yet, so the idle timeout counts from the last typing (plus one autosave). Input that cannot be saved yet
     * (not valid) keeps it polling at most this long after the last typing. Typing again starts it anew.
     */
    static final Duration POLL_WHILE_IDLE = Duration.ofMinutes(10);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportWorkflow workflow;
    private final ReportService reports;
    private String taskId;
    private long version;
    private long reportId;
    private ReportEditor editor;
    private final Span autosaveStatus = new Span();
    private boolean autosaveStopped;
    private Registration polling;
    private final Clock clock;
    private Instant lastTyped;

    private final AuditTrail audit;

    TaskView(ReportWorkflow workflow, ReportService reports, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.workflow = workflow;
        this.reports = reports;
        this.clock = clock;
        this.lastTyped = clock.instant();
        addClassName("task-page");
    }

    static RouteParameters parameters(String taskId) {
        return new RouteParameters("taskId", taskId);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> autosave());
        pollWhileDrafting(event.getUI());
    }

    /** The browser asks the server every few seconds only while a draft has unsaved typing, for the autosave. */
    private void pollWhileDrafting(UI ui) {
        boolean typedLately = Duration.between(lastTyped, clock.instant()).compareTo(POLL_WHILE_IDLE) < 0;
        boolean unsaved = editor != null && !autosaveStopped && editor.hasChanges();
        ui.setPollInterval(unsaved && typedLately ? AUTOSAVE_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        autosave();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editor = null;
        autosaveStopped = false;
        taskId = event.getRouteParameters().get("taskId").orElse("");
        Optional<WorkItem> item = workflow.task(taskId);
        if (item.isEmpty()) {
            Paragraph gone = new Paragraph("该任务已由他人处理、已撤回或不存在。");
            gone.setId("task-gone");
            add(gone, new Anchor("", "返回待办"));
            return;
        }
        ReportView report = reports.view(item.get().reportId());
        audit.record(AuditAction.REPORT_VIEWED, ReportLifecycle.auditTarget(report.id()),
                item.get().step().label() + "：" + report.title());
        version = report.version();
        reportId = report.id();
        List<ReportHistoryItem> history = reports.history(report.id());
        if (item.get().step() == ReportStage.DRAFTING) {
            showDraft(report, history);
        } else {
            showReview(item.get(), report, history);
        }
        getUI().ifPresent(this::pollWhileDrafting);
    }

    private void showDraft(ReportView report, List<ReportHistoryItem> history) {
        editor = new ReportEditor(report.content(), reports.lastYear(report.id()));
        lastTyped = clock.instant();
        editor.setOnChange(() -> {
            lastTyped = clock.instant();
            getUI().ifPresent(this::pollWhileDrafting);
        });
        autosaveStatus.setText("");
        autosaveStatus.setId("autosave-status");
        autosaveStatus.addClassName("autosave-status");
        Div main = new Div(new H2(report.title() + "（起草）"));
        lastReturn(history).ifPresent(main::add);
        AggregationScope.panel(reports.aggregationScope(report.id())).ifPresent(main::add);
        reports.changesSinceMyLastVersion(report.id()).filter(changes -> !changes.isEmpty())
                .ifPresent(changes -> main.add(new ChangesPanel("自您上次提交以来的修改", changes)));
        main.add(editor);
        main.addClassName("task-main");

        TextArea warningNote = new TextArea("警告说明");
        warningNote.setId("warning-note");
        warningNote.setWidthFull();
        TextLimits.limit(warningNote, 2000, "警告说明");
        warningNote.setHelperText("校验有警告时必填：说明这些数字为什么如此（例如上年数据重新统计），审核人员会看到。");
        // the listeners use the field reportId, not report: a lambda holding the ReportView would keep its whole
        // content in the session as long as the page is open
        Button save = new Button("保存", e -> save(reportId, editor));
        save.setId("save");
        Button submit = new Button("提交保密审查");
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            boolean done = (!editor.hasChanges() || save(reportId, editor))
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
        add(main, side(new HorizontalLayout(save, submit), warningNote, autosaveStatus,
                new SectionSplitPanel(workflow, taskId, report.id(), this::reload),
                new TaskHandoverPanel(workflow, taskId, this::reload),
                new HistoryList(report.id(), history, reports.versionedSteps(report.id()))));
    }

    private boolean save(long reportId, ReportEditor editor) {
        StringBuilder notice = new StringBuilder();
        boolean saved = Feedback.run(() -> saveNow(reportId, editor).ifPresent(notice::append));
        if (saved) {
            Feedback.success("已保存。" + notice);
            autosaveStopped = false;
            getUI().ifPresent(this::pollWhileDrafting);
        }
        return saved;
    }

    /** Returns what the save changed in the text as typed (control characters pasted from Word), to be told. */
    private Optional<String> saveNow(long reportId, ReportEditor editor) {
        ReportView updated = reports.saveDraft(reportId, version, editor.read());
        version = updated.version();
        updated.notice().ifPresent(notice -> editor.showStoredText(updated.content()));
        editor.markSaved();
        autosaveStatus.setText("已保存 " + CLOCK.format(LocalTime.now(clock.withZone(ChinaTime.ZONE)))
                + updated.notice().map(notice -> "。" + notice).orElse(""));
        return updated.notice();
    }

    /**
     * Saves what was typed since the last save, quietly. Input that is not yet valid waits until it is; a refusal
     * (someone else saved meanwhile) is shown once and stops the autosave, leaving everything typed on screen.
     */
    private void autosave() {
        try {
            if (editor != null && !autosaveStopped && editor.hasChanges() && editor.isValid()) {
                saveNow(reportId, editor).ifPresent(Feedback::success);
            }
        } catch (UserFacingException e) {
            autosaveStopped = true;
            autosaveStatus.setText("未自动保存：" + e.getMessage());
            Feedback.error(e.getMessage());
        } finally {
            getUI().ifPresent(this::pollWhileDrafting);
        }
    }

    private void showReview(WorkItem item, ReportView report, List<ReportHistoryItem> history) {
        Div main = new Div();
        lastReturn(history).ifPresent(main::add);
        reports.changesSinceMyLastVersion(report.id())
                .ifPresent(changes -> main.add(new ChangesPanel("自您上次审阅以来的修改", changes)));
        main.add(new ReportDocument(report.title(), report.content()));
        main.addClassName("task-main");
        Div decision = new Div(new H2(item.step().label() + "（" + item.holding().label() + "）"),
                new FindingsSummary(reports.check(report.id())));
        decision.addClassName("decision");
        if (item.holding() == WorkItem.Holding.DELEGATED_TO_ME) {
            decision.add(delegatedOpinion());
        } else {
            decision.add(decisionControls(item));
            decision.add(new TaskHandoverPanel(workflow, taskId, this::reload));
        }
        add(main, side(decision, new HistoryList(report.id(), history, reports.versionedSteps(report.id()))));
    }

    /** A delegate gives an opinion and hands the task back (办毕); the delegator decides. */
    private Component delegatedOpinion() {
        TextArea opinion = opinionField("委派意见", "填写您的意见，办毕后任务交回委派人办理。");
        Button resolve = new Button("办毕");
        resolve.setId("resolve");
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        resolve.setDisableOnClick(true);
        resolve.addClickListener(e -> decide(resolve, opinion, () -> workflow.resolve(taskId, opinion.getValue()),
                "已办毕，任务交回委派人。"));
        return new Div(opinion, resolve);
    }

    private Component decisionControls(WorkItem item) {
        boolean signOff = item.step() == ReportStage.LEAD_SIGNOFF;
        TextArea opinion = opinionField(signOff ? "签发意见" : item.step().label() + "意见",
                "通过时可不填；退回修改时必须填写。");
        Button approve = new Button(signOff ? "签发" : "通过");
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setDisableOnClick(true);
        approve.addClickListener(e -> decide(approve, opinion,
                () -> workflow.approve(taskId, opinion.getValue()),
                signOff ? "已签发，系统将自动发布。" : "已通过，进入下一环节。"));
        Select<ReturnTarget> target = new Select<>();
        target.setId("return-target");
        target.setLabel("退回至");
        target.setItemLabelGenerator(ReturnTarget::label);
        List<ReturnTarget> targets = workflow.returnTargets(taskId);
        target.setItems(targets);
        if (!targets.isEmpty()) {
            target.setValue(targets.getFirst());
        }
        Button giveBack = new Button("退回修改");
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
            decide(giveBack, opinion, () -> workflow.returnTo(taskId, step, opinion.getValue()),
                    "已退回至「" + step.label() + "」。");
        });
        HorizontalLayout buttons = new HorizontalLayout(approve, giveBack);
        if (item.holding() == WorkItem.Holding.OFFERED) {
            buttons.add(handoverButton("认领", "claim", () -> workflow.claim(taskId), "已认领，其他人不再看到此任务。"));
        } else {
            buttons.add(handoverButton("取消认领", "unclaim", () -> workflow.unclaim(taskId), "已取消认领。"));
        }
        return new Div(opinion, target, buttons);
    }

    private Button handoverButton(String label, String id, Runnable action, String success) {
        Button button = new Button(label, e -> {
            if (Feedback.run(action)) {
                Feedback.success(success);
                reload();
            }
        });
        button.setId(id);
        return button;
    }

    private static TextArea opinionField(String label, String helper) {
        TextArea opinion = new TextArea(label);
        opinion.setId("opinion");
        opinion.setWidthFull();
        TextLimits.limit(opinion, 2000, label);
        opinion.setHelperText(helper);
        return opinion;
    }

    /** Shows the task anew after a claim or hand-over; gone from here when it went to someone else. */
    private void reload() {
        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().navigate(TaskView.class, parameters(taskId));
    }

    /** {@code opinion}: refused, and nothing decided, while it is longer than may be saved. */
    private void decide(Button button, TextArea opinion, Runnable action, String success) {
        if (Feedback.run(() -> {
            TextLimits.require(opinion);
            action.run();
        })) {
            Feedback.success(success);
            UI.getCurrent().navigate(InboxView.class);
        } else {
            button.setEnabled(true);
        }
    }

    /** The opinion of the latest return, if the last decision on the report was a return (to this step). */
    private static Optional<Component> lastReturn(List<ReportHistoryItem> history) {
        Optional<ReportHistoryItem> lastDecision = history.reversed().stream()
                .filter(item -> item.action().isDecision()).findFirst();
        if (lastDecision.isEmpty() || lastDecision.get().action() != HistoryAction.RETURNED) {
            return Optional.empty();
        }
        ReportHistoryItem item = lastDecision.get();
        Div banner = new Div(new Paragraph("退回意见（" + item.stage().label() + " · " + item.actorName() + "）："),
                new Paragraph(item.opinion()));
        banner.addClassName("return-banner");
        banner.setId("return-opinion");
        return Optional.of(banner);
    }

    private Div side(Component... components) {
        RouterLink diagram = new RouterLink("查看流程图", ReportDetailView.class,
                new RouteParameters("reportId", String.valueOf(reportId)));
        diagram.setId("to-report-page");
        Div side = new Div(components);
        side.add(diagram);
        side.addClassName("task-side");
        return side;
    }
}
