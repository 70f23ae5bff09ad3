package cn.nianbao.desk.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.report.ui.ChangesPanel;
import cn.nianbao.report.ui.EditorNavigation;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.LocalDraft;
import cn.nianbao.report.ui.OpinionColumn;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 起草: the handler edits, saves and submits, with the last return opinion beside the report; what is typed saves
 * itself every few seconds (autosave), and a refusal (someone saved meanwhile) is shown once and stops it, leaving
 * everything typed on screen.
 */
final class DraftPanel extends Div {

    /** Drafts save themselves this often while the handler types: a closed browser loses at most these seconds. */
    static final int AUTOSAVE_MILLIS = 5000;
    /**
     * Polling counts as activity and so keeps the session alive: it runs only while something typed is not saved
     * yet, so the idle timeout counts from the last typing (plus one autosave). Input that cannot be saved yet
     * (not valid) keeps it polling at most this long after the last typing. Typing again starts it anew.
     */
    /**
     * How often an open draft looks for what colleagues saved (one small query), for {@link #COLLEAGUES_WATCH} after
     * the last typing: so the idle timeout counts from at most that long after the person last typed.
     */
    static final int COLLEAGUES_MILLIS = 15_000;

    static final Duration COLLEAGUES_WATCH = Duration.ofMinutes(5);

    static final Duration POLL_WHILE_IDLE = Duration.ofMinutes(10);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportService reports;
    private final Clock clock;
    private final String taskId;
    private final long reportId;
    private final ReportEditor editor;
    private final Span autosaveStatus = new Span();
    private final DraftSync sync;
    private final LocalDraft localDraft;
    private boolean autosaveStopped;
    private Instant lastTyped;
    private Registration polling;

    DraftPanel(
            ReportWorkflow workflow,
            ReportService reports,
            Clock clock,
            String taskId,
            String username,
            ReportView report,
            List<ReportHistoryItem> history) {
        this.reports = reports;
        this.clock = clock;
        this.taskId = taskId;
        this.reportId = report.id();
        this.lastTyped = clock.instant();
        addClassName("task-panel");
        editor = new ReportEditor(report.content(), reports.lastYear(reportId));
        sync = new DraftSync(reports, report, editor, this::save);
        localDraft = new LocalDraft(editor.typedDraft(), username, reportId, clock);
        editor.setOnChange(() -> {
            lastTyped = clock.instant();
            localDraft.keep();
            getUI().ifPresent(this::pollWhileDrafting);
        });
        autosaveStatus.setId("autosave-status");
        autosaveStatus.addClassName("autosave-status");
        Div main = new Div(new H2(report.title() + "（起草）"));
        TaskPage.lastReturn(history).ifPresent(main::add);
        AggregationScope.panel(reports.aggregationScope(reportId)).ifPresent(main::add);
        reports.changesSinceMyLastVersion(reportId)
                .filter(changes -> !changes.isEmpty())
                .ifPresent(changes -> main.add(new ChangesPanel("与此前版本相比的修改", changes)));
        main.add(new EditorNavigation(editor), localDraft, sync.conflicts(), editor);
        main.addClassName("task-main");
        TextArea warningNote = new TextArea("警告说明");
        warningNote.setId("warning-note");
        warningNote.setWidthFull();
        TextLimits.limit(warningNote, 2000, "警告说明");
        warningNote.setHelperText("校验有警告时必填：说明这些数字为什么如此（例如上年数据重新统计），审核人员会看到。");
        Button save = new Button("保存", e -> save());
        save.setId("save");
        Button submit = new Button("提交保密审查");
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            boolean done = (!editor.hasChanges() || save())
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
                        autosaveStatus,
                        new SectionSplitPanel(workflow, taskId, reportId, TaskPage::reload),
                        new TaskHandoverPanel(workflow, taskId, TaskPage::reload),
                        new OpinionColumn(history),
                        new HistoryList(reportId, history, reports.versionedSteps(reportId))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> {
            autosave();
            sync.refresh();
        });
        pollWhileDrafting(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    /**
     * The browser asks the server every few seconds while a draft has unsaved typing, for the autosave, and otherwise
     * every {@link #COLLEAGUES_MILLIS} for a while after the last typing, for what colleagues saved.
     */
    private void pollWhileDrafting(UI ui) {
        Duration sinceTyping = Duration.between(lastTyped, clock.instant());
        boolean unsaved = !autosaveStopped && editor.hasChanges();
        ui.setPollInterval(
                unsaved && sinceTyping.compareTo(POLL_WHILE_IDLE) < 0
                        ? AUTOSAVE_MILLIS
                        : sinceTyping.compareTo(COLLEAGUES_WATCH) < 0 ? COLLEAGUES_MILLIS : -1);
    }

    private boolean save() {
        StringBuilder notice = new StringBuilder();
        boolean saved = Feedback.run(() -> saveNow().ifPresent(notice::append));
        if (saved) {
            Feedback.success("已保存。" + notice);
            autosaveStopped = false;
            getUI().ifPresent(this::pollWhileDrafting);
        }
        return saved;
    }

    /**
     * Returns what the save changed in the text as typed (control characters pasted from Word), to be told. Parts a
     * colleague saved first are not saved: refused with their names, the typing kept, the autosave paused.
     */
    private Optional<String> saveNow() {
        DraftSync.Outcome saved = sync.save();
        String time = CLOCK.format(LocalTime.now(clock.withZone(ChinaTime.ZONE)));
        if (!saved.conflicts().isEmpty()) {
            String refused =
                    saved.conflicts().stream().map(SaveConflicts::describe).collect(Collectors.joining("；"));
            autosaveStatus.setText(time + " 部分未保存：" + refused);
            throw new ReportInputException(refused + "。这些部分未保存，您的修改仍在页面上；其他部分已保存。");
        }
        editor.markSaved();
        localDraft.saved();
        autosaveStatus.setText(
                "已保存 " + time + saved.notice().map(notice -> "。" + notice).orElse(""));
        return saved.notice();
    }

    /** Saves what was typed since the last save, quietly; input that is not yet valid waits until it is. */
    void autosave() {
        try {
            if (!autosaveStopped && editor.hasChanges() && editor.isValid()) {
                saveNow().ifPresent(Feedback::success);
            }
        } catch (UserFacingException e) {
            autosaveStopped = true;
            autosaveStatus.setText("未自动保存：" + e.getMessage());
            Feedback.error(e.getMessage());
        } finally {
            getUI().ifPresent(this::pollWhileDrafting);
        }
    }
}
