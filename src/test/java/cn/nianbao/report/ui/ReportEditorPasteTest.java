package cn.nianbao.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Several figures pasted into one cell of the editor, as the browser reports it (the table's paste listener, or a
 * row that reached the input anyway): they fill the row, or nothing changes and the cell says why.
 */
class ReportEditorPasteTest {

    private static final String NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private ReportEditor editor;

    @BeforeEach
    void openEditor() {
        MockVaadin.setup();
        editor = new ReportEditor(new ReportContent(Map.of(), ReportTables.empty()), Optional.empty());
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /** Issue 21: the row 1⇥2⇥3⇥4⇥5⇥6 pasted into one cell was stored as 123456. */
    @Test
    void a_pasted_row_fills_the_cells_of_the_row_and_the_total_follows() {
        paste(NP, "1\t2\t3\t4\t5\t6\r\n");

        assertThat(List.of(T3Column.NP, T3Column.LE_BUSINESS, T3Column.LE_OTHER, T3Column.TOTAL))
                .extracting(column -> editor.cell(Cells.t3(T3Row.NEW, column)).getValue())
                .containsExactly("1", "2", "6", "21");
        assertThat(editor.hasChanges()).isTrue();
        assertThat(editor.read().tables().t3(T3Row.NEW, T3Column.LE_RESEARCH)).isEqualTo(3);
    }

    @Test
    void rows_pasted_together_fill_the_rows_below() {
        paste(Cells.t3(T3Row.OPEN, T3Column.NP), "4\t1\n2\t0\n");

        assertThat(editor.cell(Cells.t3(T3Row.OPEN, T3Column.TOTAL)).getValue()).isEqualTo("5");
        assertThat(editor.cell(Cells.t3(T3Row.PARTIAL, T3Column.NP)).getValue()).isEqualTo("2");
        assertThat(editor.cell(Cells.t3(T3Row.RESULT_TOTAL, T3Column.NP)).getValue())
                .isEqualTo("6");
    }

    @Test
    void a_paste_that_does_not_fit_changes_nothing_and_the_cell_says_why() {
        String research = Cells.t3(T3Row.NEW, T3Column.LE_RESEARCH);
        type(NP, "9");
        type(research, "8");
        boolean changedBefore = editor.hasChanges();

        paste(research, "1\t2\t3\t4\t5\t6\t7");

        assertThat(editor.cell(research).getValue()).isEqualTo("8");
        assertThat(editor.cell(Cells.t3(T3Row.NEW, T3Column.LE_PUBLIC_WELFARE)).getValue())
                .isEqualTo("0");
        assertThat(editor.cell(research).getMessage()).isEqualTo("粘贴了 7 个数值，但本行从此格起只有 5 格，本次粘贴未改动任何格。");
        assertThat(editor.cell(research).isInvalid())
                .as("the cell still holds a figure that can be saved")
                .isFalse();
        assertThat(editor.hasChanges()).isEqualTo(changedBefore);
        assertThat(notifications()).contains(editor.cell(research).getMessage());

        type(research, "7");
        assertThat(editor.cell(research).getMessage())
                .as("the next change clears the message")
                .isEmpty();
    }

    @Test
    void a_row_copied_with_a_total_that_does_not_add_up_is_refused() {
        paste(Cells.t4(T4Group.REVIEW, T4Column.UPHELD), "1\t2\t3\t4\t5");

        assertThat(editor.cell(Cells.t4(T4Group.REVIEW, T4Column.UPHELD)).getValue())
                .isEqualTo("0");
        assertThat(editor.cell(Cells.t4(T4Group.REVIEW, T4Column.UPHELD)).getMessage())
                .contains("应为 10");
    }

    @Test
    void a_row_that_reached_the_input_with_its_tabs_is_laid_onto_the_table_too() {
        type(NP, "3\t4");

        assertThat(editor.cell(NP).getValue()).isEqualTo("3");
        assertThat(editor.cell(Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS)).getValue())
                .isEqualTo("4");
        assertThat(editor.cell(Cells.t3(T3Row.NEW, T3Column.TOTAL)).getValue()).isEqualTo("7");
    }

    @Test
    void a_paste_into_a_cell_of_a_part_someone_else_drafts_is_ignored() {
        editor.editOnly(java.util.Set.of(cn.nianbao.report.DraftPart.T2));

        paste(NP, "1\t2");

        assertThat(editor.cell(NP).getValue()).isEqualTo("0");
        assertThat(editor.hasChanges()).isFalse();
    }

    /** The table's paste listener, as the browser sends it when the clipboard holds several values. */
    private static void paste(String cellId, String text) {
        fire(
                cellId,
                "paste",
                JsonNodeFactory.instance
                        .objectNode()
                        .put(FigureTable.SEVERAL_PASTED, true)
                        .put(FigureTable.PASTED, text));
    }

    private static void type(String cellId, String text) {
        fire(
                cellId,
                "change",
                JsonNodeFactory.instance
                        .objectNode()
                        .put(FigureTable.FROM_A_CELL, true)
                        .put(FigureTable.VALUE, text));
    }

    private static void fire(String cellId, String event, ObjectNode data) {
        Element table = _get(Div.class, spec -> spec.withId("figures-" + cellId.substring(0, 2)))
                .getElement();
        ElementUtilsKt._fireDomEvent(table, new DomEvent(table, event, data.put(FigureTable.CELL, cellId)));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map((Notification n) -> n.getElement().getProperty("text", ""))
                .toList();
    }
}
