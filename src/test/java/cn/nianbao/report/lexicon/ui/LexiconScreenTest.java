package cn.nianbao.report.lexicon.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.lexicon.LexiconRow;
import cn.nianbao.report.lexicon.LexiconService;
import cn.nianbao.report.ui.ReportEditor;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 安全管理员's screen 错敏词: a word added there is listed, and the drafter's editor warns of it at once. */
class LexiconScreenTest extends UiTest {

    @Autowired
    LexiconService lexicon;

    @Test
    void the_security_administrator_adds_a_word_sees_it_listed_and_the_editor_warns_of_it() {
        login("secadmin");
        UI.getCurrent().navigate(LexiconView.class);

        type(_get(TextField.class, spec -> spec.withId("new-word")), "旧局名戊");
        type(_get(TextField.class, spec -> spec.withId("new-reason")), "已更名为新局名戊。");
        type(_get(TextField.class, spec -> spec.withId("new-exceptions")), "原旧局名戊");
        _click(_get(Button.class, spec -> spec.withId("add-word")));

        assertThat(notifications()).contains("已添加错敏词「旧局名戊」。");
        LexiconRow row =
                rows().stream().filter(r -> r.word().equals("旧局名戊")).findFirst().orElseThrow();
        assertThat(row.reason()).isEqualTo("已更名为新局名戊。");
        assertThat(row.exceptionsText()).isEqualTo("原旧局名戊");
        try {
            ReportEditor editor = new ReportEditor(new ReportContent(Map.of(), ReportTables.empty()), Optional.empty());
            UI.getCurrent().add(editor);
            type(_get(TextArea.class, spec -> spec.withId("section-S6")), "旧局名戊和原旧局名戊。");

            assertThat(editor.findings())
                    .filteredOn(f -> f.rule().equals("LEXICON"))
                    .extracting(Finding::message)
                    .containsExactly("正文「六、其他需要报告的事项」第 1 字处有错敏词“旧局名戊”：已更名为新局名戊。");
        } finally {
            logins.as("secadmin", () -> lexicon.delete(row.id()));
        }
    }

    @Test
    void a_duplicate_is_refused_on_screen_with_a_chinese_message_and_the_list_is_unchanged() {
        login("secadmin");
        UI.getCurrent().navigate(LexiconView.class);
        int before = rows().size();

        type(_get(TextField.class, spec -> spec.withId("new-word")), "文化部");
        type(_get(TextField.class, spec -> spec.withId("new-reason")), "重复");
        _click(_get(Button.class, spec -> spec.withId("add-word")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("「文化部」已在错敏词中"));
        assertThat(rows()).hasSize(before);
    }

    @Test
    void the_security_administrator_changes_a_reason_of_a_selected_word() {
        LexiconRow added = logins.as("secadmin", () -> lexicon.add("旧局名己", "旧原因。", ""));
        try {
            login("secadmin");
            UI.getCurrent().navigate(LexiconView.class);
            grid().select(rows().stream()
                    .filter(r -> r.id() == added.id())
                    .findFirst()
                    .orElseThrow());
            type(_get(TextField.class, spec -> spec.withId("edit-reason")), "新原因。");
            _click(_get(Button.class, spec -> spec.withId("save-word")));

            assertThat(rows())
                    .filteredOn(r -> r.id() == added.id())
                    .extracting(LexiconRow::reason)
                    .containsExactly("新原因。");
        } finally {
            logins.as("secadmin", () -> lexicon.delete(added.id()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<LexiconRow> grid() {
        return _get(Grid.class, spec -> spec.withId("lexicon-words"));
    }

    private static List<LexiconRow> rows() {
        return GridKt._findAll(grid());
    }
}
