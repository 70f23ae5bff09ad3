package cn.nianbao.report.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ui.Feedback;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of what the person typed and has not saved yet, kept in this browser (localStorage), so that a page closed
 * before the autosave, a save refused because a colleague changed the same part, or a server that could not store it
 * loses nothing: on the next opening of the draft the editor offers 恢复 or 丢弃. The copy is written from what the
 * server received, and removed as soon as a save succeeds.
 */
public final class LocalDraft extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What is kept in the browser: when, and every field's value by its key ({@link TypedDraft}). */
    record Copy(long savedAt, Map<String, String> values) {}

    private final TypedDraft draft;
    private final String key;
    private final Clock clock;
    private final Paragraph what = new Paragraph();

    public LocalDraft(TypedDraft draft, String username, long reportId, Clock clock) {
        this.draft = draft;
        this.key = "nianbao.draft." + username + "." + reportId;
        this.clock = clock;
        setId("local-draft");
        addClassName("local-draft");
        what.setId("local-draft-text");
        setVisible(false);
    }

    /** Keeps what the fields hold now, replacing the copy kept before. */
    public void keep() {
        String copy = JSON.writeValueAsString(new Copy(clock.millis(), draft.values()));
        run("try { localStorage.setItem($0, $1) } catch (e) {}", copy);
    }

    /** Everything typed is saved: the copy is no longer needed. */
    public void saved() {
        run("try { localStorage.removeItem($0) } catch (e) {}");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI()
                .getPage()
                .executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", key)
                .then(String.class, this::offer);
    }

    /** On the page, not on this element: the browser does not run calls on an element it does not show. */
    private void run(String script, String... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = key;
        System.arraycopy(more, 0, arguments, 1, more.length);
        getUI().ifPresent(ui -> ui.getPage().executeJs(script, arguments));
    }

    private void offer(String kept) {
        if (kept == null || kept.isBlank()) {
            return;
        }
        Copy copy;
        try {
            copy = JSON.readValue(kept, Copy.class);
        } catch (JacksonException unreadable) {
            saved(); // not a copy this editor wrote: nothing to offer
            return;
        }
        if (copy.values() == null) {
            saved();
            return;
        }
        Map<String, String> values = copy.values();
        List<String> differing = draft.differing(values);
        if (differing.isEmpty()) {
            saved();
            return;
        }
        Instant at = Instant.ofEpochMilli(copy.savedAt());
        what.setText("这台电脑上保存着您" + ChinaTime.MINUTES.format(at) + "的输入，其中 " + differing.size()
                + " 处与服务器上的草稿不同（可能是页面关闭前未保存，或保存被拒绝）。恢复后将替换页面上这些内容，请核对后保存。");
        Button restore = new Button("恢复", e -> {
            draft.restore(values);
            setVisible(false);
            Feedback.success("已恢复这台电脑上保存的输入，请核对后保存。");
        });
        restore.setId("local-draft-restore");
        restore.addThemeVariants(ButtonVariant.PRIMARY);
        Button discard = new Button("丢弃", e -> {
            saved();
            setVisible(false);
        });
        discard.setId("local-draft-discard");
        removeAll();
        add(what, new HorizontalLayout(restore, discard));
        setVisible(true);
    }
}
