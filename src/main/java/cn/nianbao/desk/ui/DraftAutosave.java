package cn.nianbao.desk.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.ui.LocalDraft;
import cn.nianbao.report.ui.ReportEditor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What keeps an editor's typing safe, for the 起草 screen and the part editor alike: what is typed saves itself every
 * few seconds (autosave) and is copied into the browser until it is saved ({@link LocalDraft}); the screen looks for
 * what colleagues saved ({@link DraftSync}); a refusal (someone saved the same part first) is shown once and stops the
 * autosave, leaving everything typed on screen. The component itself is the status line (已保存 10:02:03).
 */
final class DraftAutosave extends Span {

    /** Drafts save themselves this often while the handler types: a closed browser loses at most these seconds. */
    static final int AUTOSAVE_MILLIS = 5000;

    /**
     * How often an open draft looks for what colleagues saved (one small query), for {@link #COLLEAGUES_WATCH} after
     * the last typing: so the idle timeout counts from at most that long after the person last typed.
     */
    static final int COLLEAGUES_MILLIS = 15_000;

    static final Duration COLLEAGUES_WATCH = Duration.ofMinutes(5);

    /**
     * Polling counts as activity and so keeps the session alive: input that cannot be saved yet (not valid) keeps it
     * polling at most this long after the last typing. Typing again starts it anew.
     */
    static final Duration POLL_WHILE_IDLE = Duration.ofMinutes(10);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * What a screen does with a save the server refused as a whole ({@code refused}): empty to show the refusal, or
     * the message to show instead when the screen kept the typing some other way (a part taken back: a proposal).
     */
    interface Refused {
        Optional<String> keep(ReportContent typed, UserFacingException refused);
    }

    private final Clock clock;
    private final ReportEditor editor;
    private final DraftSync sync;
    private final LocalDraft localDraft;
    private final Refused refused;
    private boolean autosaveStopped;
    private Instant lastTyped;
    private Registration polling;

    DraftAutosave(
            ReportService reports,
            Clock clock,
            String username,
            ReportView report,
            ReportEditor editor,
            Refused refused) {
        this.clock = clock;
        this.editor = editor;
        this.refused = refused;
        this.lastTyped = clock.instant();
        this.sync = new DraftSync(reports, report, editor, this::save);
        this.localDraft = new LocalDraft(editor.typedDraft(), username, report.id(), clock);
        editor.setOnChange(() -> {
            lastTyped = clock.instant();
            localDraft.keep();
            getUI().ifPresent(this::pollWhileDrafting);
        });
        setId("autosave-status");
        addClassName("autosave-status");
    }

    /** The offer to restore what this browser kept (恢复 / 丢弃), to put above the editor. */
    LocalDraft localDraft() {
        return localDraft;
    }

    /** The parts a colleague saved first, with the person's choice, to put above the editor. */
    SaveConflicts conflicts() {
        return sync.conflicts();
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

    /** 保存: saves now and says so; a refusal is shown, everything typed stays. Returns whether all was saved. */
    boolean save() {
        StringBuilder notice = new StringBuilder();
        boolean saved = Feedback.run(() -> saveNow().ifPresent(notice::append));
        if (saved) {
            Feedback.success("已保存。" + notice);
            autosaveStopped = false;
            getUI().ifPresent(this::pollWhileDrafting);
        }
        return saved;
    }

    /** Saves what was typed since the last save, quietly; input that is not yet valid waits until it is. */
    void autosave() {
        try {
            if (!autosaveStopped && editor.hasChanges() && editor.isValid()) {
                saveNow().ifPresent(Feedback::success);
            }
        } catch (UserFacingException e) {
            autosaveStopped = true;
            setText("未自动保存：" + e.getMessage());
            Feedback.error(e.getMessage());
        } finally {
            getUI().ifPresent(this::pollWhileDrafting);
        }
    }

    /**
     * Returns what the save changed in the text as typed (control characters pasted from Word), to be told. Parts a
     * colleague saved first are not saved: refused with their names, the typing kept, the autosave paused.
     */
    private Optional<String> saveNow() {
        DraftSync.Outcome saved;
        ReportContent typed = editor.read();
        try {
            saved = sync.save();
        } catch (UserFacingException e) {
            Optional<String> kept = refused.keep(typed, e);
            if (kept.isEmpty()) {
                throw e;
            }
            autosaveStopped = true;
            editor.markSaved();
            localDraft.saved();
            setText(kept.get());
            throw new ReportInputException(kept.get());
        }
        String time = CLOCK.format(LocalTime.now(clock.withZone(ChinaTime.ZONE)));
        if (!saved.conflicts().isEmpty()) {
            String refusal =
                    saved.conflicts().stream().map(SaveConflicts::describe).collect(Collectors.joining("；"));
            setText(time + " 部分未保存：" + refusal);
            throw new ReportInputException(refusal + "。这些部分未保存，您的修改仍在页面上；其他部分已保存。");
        }
        editor.markSaved();
        localDraft.saved();
        setText("已保存 " + time + saved.notice().map(notice -> "。" + notice).orElse(""));
        return saved.notice();
    }
}
