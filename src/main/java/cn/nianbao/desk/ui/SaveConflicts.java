package cn.nianbao.desk.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.PartConflict;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.ui.ReportEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The parts a save left out because a colleague saved them first: each names who and when, and offers 用我的修改覆盖
 * (the person's typing wins, saved at once) or 改用对方的版本 (the colleague's is shown; the person's own text of a
 * section stays below to copy from, so nothing typed is lost).
 */
final class SaveConflicts extends Div {

    private final ReportEditor editor;
    private final BiConsumer<DraftPart, ReportContent> adopt;
    private final Runnable saveAgain;
    private final Div open = new Div();
    /** The person's own text of sections they gave up, kept after the next save until they close it. */
    private final Div given = new Div();

    SaveConflicts(ReportEditor editor, BiConsumer<DraftPart, ReportContent> adopt, Runnable saveAgain) {
        this.editor = editor;
        this.adopt = adopt;
        this.saveAgain = saveAgain;
        setId("save-conflicts");
        addClassName("save-conflicts");
        add(open, given);
        setVisible(false);
    }

    void show(List<PartConflict> conflicts, ReportContent stored) {
        open.removeAll();
        if (!conflicts.isEmpty()) {
            open.add(new H3("以下部分未保存：其他人先保存了不同的内容"));
            conflicts.forEach(conflict -> open.add(entry(conflict, stored)));
        }
        showWhenNeeded();
    }

    private void showWhenNeeded() {
        setVisible(
                open.getChildren().count() > 1 || given.getChildren().findAny().isPresent());
    }

    /** The line the save's message says too: which part, who, when, which items. */
    static String describe(PartConflict conflict) {
        String items = conflict.items().stream()
                .limit(3)
                .map(item -> item.startsWith("t") ? ReportChecker.cellName(item) : "正文")
                .collect(Collectors.joining("、"));
        return "「" + conflict.part().label() + "」：" + conflict.editorName()
                + (conflict.editedAt() == null ? "" : "于 " + ChinaTime.MINUTES.format(conflict.editedAt()))
                + " 已保存了不同的内容（" + items + (conflict.items().size() > 3 ? " 等" : "") + "）";
    }

    private Div entry(PartConflict conflict, ReportContent stored) {
        DraftPart part = conflict.part();
        Div entry = new Div(new Paragraph(describe(conflict) + "。您的修改仍在页面上，尚未保存。"));
        entry.addClassName("save-conflict");
        Button keep = new Button("用我的修改覆盖", e -> {
            adopt.accept(part, stored);
            entry.removeFromParent();
            saveAgain.run();
        });
        keep.setId("conflict-keep-" + part.name());
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Button take = new Button("改用" + conflict.editorName() + "的版本", e -> {
            String mine = ownText(part);
            editor.stored().take(part, stored);
            adopt.accept(part, stored);
            entry.removeFromParent();
            if (!mine.isEmpty()) {
                given.add(givenUp(part, conflict.editorName(), mine));
            }
            saveAgain.run();
        });
        take.setId("conflict-take-" + part.name());
        entry.add(keep, take);
        return entry;
    }

    private Div givenUp(DraftPart part, String colleague, String mine) {
        TextArea yours = new TextArea("您原来的文字（可复制后粘贴到需要的位置）", mine, "");
        yours.setReadOnly(true);
        yours.setWidthFull();
        yours.setId("conflict-mine-" + part.name());
        Div kept = new Div(new Paragraph("「" + part.label() + "」已改用" + colleague + "的版本。"), yours);
        kept.add(new Button("关闭", e -> {
            kept.removeFromParent();
            showWhenNeeded();
        }));
        return kept;
    }

    private String ownText(DraftPart part) {
        for (Section section : Section.values()) {
            if (part.isText(section)) {
                return editor.read().text(section);
            }
        }
        return "";
    }
}
