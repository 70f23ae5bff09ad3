package cn.nianbao.report.lexicon.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.lexicon.LexiconRow;
import cn.nianbao.report.lexicon.LexiconService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 错敏词 (安全管理员): the words LEXICON catches in every report's prose, each with its reason and 例外; add one,
 * select one to change its reason and 例外 or delete it. The service checks the role and records every change.
 */
@Route("admin/lexicon")
@PageTitle("错敏词 · 年报")
@Menu(order = 14, title = "错敏词")
@RolesAllowed(RoleNames.SECURITY_ADMIN)
public class LexiconView extends VerticalLayout {

    private final LexiconService lexicon;
    private final Grid<LexiconRow> grid = new Grid<>();
    private final TextField reason = field("原因", "edit-reason", 200);
    private final TextField exceptions = field("例外（包含该词的正确写法，用顿号分隔）", "edit-exceptions", 400);
    private final Button save = new Button("保存修改");
    private final Button delete = new Button("删除");

    LexiconView(LexiconService lexicon) {
        this.lexicon = lexicon;
        grid.setId("lexicon-words");
        grid.addColumn(LexiconRow::word)
                .setHeader("错敏词")
                .setComparator(LexiconRow.BY_WORD)
                .setAutoWidth(true);
        grid.addColumn(LexiconRow::reason).setHeader("原因").setFlexGrow(3);
        grid.addColumn(LexiconRow::exceptionsText).setHeader("例外").setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        save.setId("save-word");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> change());
        delete.setId("delete-word");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> remove());
        select(null);
        add(
                new H2("错敏词"),
                new Paragraph("起草和保密审查时，报告正文中出现下列词语会给出警告（LEXICON）。" + "出现在「例外」所列的更长写法中时不提示，例如「文化部门」中的「文化部」。"),
                addForm(),
                grid,
                new H3("修改选中的错敏词"),
                reason,
                exceptions,
                new HorizontalLayout(save, delete));
        refresh();
    }

    private HorizontalLayout addForm() {
        TextField word = field("错敏词", "new-word", 30);
        TextField newReason = field("原因", "new-reason", 200);
        TextField newExceptions = field("例外（可不填）", "new-exceptions", 400);
        Button add = new Button("添加", e -> {
            if (Feedback.run(() -> lexicon.add(word.getValue(), newReason.getValue(), newExceptions.getValue()))) {
                Feedback.success("已添加错敏词「" + word.getValue().strip() + "」。");
                word.clear();
                newReason.clear();
                newExceptions.clear();
                refresh();
            }
        });
        add.setId("add-word");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(word, newReason, newExceptions, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void change() {
        LexiconRow selected = grid.asSingleSelect().getValue();
        if (selected != null
                && Feedback.run(() -> lexicon.change(selected.id(), reason.getValue(), exceptions.getValue()))) {
            Feedback.success("已保存「" + selected.word() + "」的修改。");
            refresh();
        }
    }

    private void remove() {
        LexiconRow selected = grid.asSingleSelect().getValue();
        if (selected != null && Feedback.run(() -> lexicon.delete(selected.id()))) {
            Feedback.success("已删除错敏词「" + selected.word() + "」。");
            refresh();
        }
    }

    private void select(LexiconRow row) {
        reason.setValue(row == null ? "" : row.reason());
        exceptions.setValue(row == null ? "" : row.exceptionsText());
        reason.setEnabled(row != null);
        exceptions.setEnabled(row != null);
        save.setEnabled(row != null);
        delete.setEnabled(row != null);
    }

    private void refresh() {
        grid.setItems(lexicon.list());
        select(null);
    }

    private static TextField field(String label, String id, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidth("20em");
        return field;
    }
}
