package cn.nianbao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where several pasted figures go in the official tables, and when a paste is refused whole. */
class PastedFiguresTest {

    private static final List<List<String>> T2 = OfficialTables.t2Rows();
    private static final List<List<String>> T3 = OfficialTables.t3Rows();
    private static final List<List<String>> T4 = OfficialTables.t4Rows();
    private static final Predicate<String> ALL_EDITABLE = cellId -> !Cells.isComputed(cellId);

    @Test
    void a_row_copied_from_a_spreadsheet_fills_the_row_from_the_pasted_cell_on() {
        var outcome = PastedFigures.place(
                "1\t2\t3\r\n", Cells.t3(T3Row.NEW, T3Column.LE_RESEARCH), T3, ALL_EDITABLE, Map.of());

        assertThat(outcome.isRefused()).isFalse();
        assertThat(outcome.values())
                .containsExactly(
                        entry(Cells.t3(T3Row.NEW, T3Column.LE_RESEARCH), "1"),
                        entry(Cells.t3(T3Row.NEW, T3Column.LE_PUBLIC_WELFARE), "2"),
                        entry(Cells.t3(T3Row.NEW, T3Column.LE_LEGAL_SERVICE), "3"));
    }

    @Test
    void several_rows_fill_the_rows_below_in_the_same_columns() {
        var outcome =
                PastedFigures.place("1\t2\n3\t4\n", Cells.t3(T3Row.OPEN, T3Column.NP), T3, ALL_EDITABLE, Map.of());

        assertThat(outcome.values())
                .containsExactly(
                        entry(Cells.t3(T3Row.OPEN, T3Column.NP), "1"),
                        entry(Cells.t3(T3Row.OPEN, T3Column.LE_BUSINESS), "2"),
                        entry(Cells.t3(T3Row.PARTIAL, T3Column.NP), "3"),
                        entry(Cells.t3(T3Row.PARTIAL, T3Column.LE_BUSINESS), "4"));
    }

    @Test
    void values_separated_by_runs_of_spaces_are_figures_of_their_own_and_full_width_digits_are_read() {
        var outcome = PastedFigures.place("  １２   1,234　　5  ", T2Cell.RULES_ISSUED.id(), T2, ALL_EDITABLE, Map.of());

        assertThat(outcome.values())
                .containsExactly(
                        entry(T2Cell.RULES_ISSUED.id(), "12"),
                        entry(T2Cell.RULES_REPEALED.id(), "1234"),
                        entry(T2Cell.RULES_VALID.id(), "5"));
    }

    @Test
    void an_empty_value_between_two_others_clears_its_cell_and_empty_values_at_the_end_are_nothing() {
        var outcome = PastedFigures.place("1\t\t3\t\t", T2Cell.RULES_ISSUED.id(), T2, ALL_EDITABLE, Map.of());

        assertThat(outcome.values())
                .containsExactly(
                        entry(T2Cell.RULES_ISSUED.id(), "1"),
                        entry(T2Cell.RULES_REPEALED.id(), "0"),
                        entry(T2Cell.RULES_VALID.id(), "3"));
    }

    @Test
    void a_row_with_its_total_pastes_when_the_total_is_right_and_the_total_is_not_filled() {
        var outcome = PastedFigures.place(
                "1\t2\t3\t4\t5\t6\t21", Cells.t3(T3Row.NEW, T3Column.NP), T3, ALL_EDITABLE, Map.of());

        assertThat(outcome.isRefused()).isFalse();
        assertThat(outcome.values())
                .hasSize(6)
                .doesNotContainKey(Cells.t3(T3Row.NEW, T3Column.TOTAL))
                .containsEntry(Cells.t3(T3Row.NEW, T3Column.LE_OTHER), "6");
    }

    /** Table 4's totals stand between its groups: a row copied without them would shift by one. */
    @Test
    void a_total_that_does_not_match_refuses_the_paste_with_what_the_total_would_be() {
        var outcome = PastedFigures.place(
                "1\t2\t3\t4\t5", Cells.t4(T4Group.REVIEW, T4Column.UPHELD), T4, ALL_EDITABLE, Map.of());

        assertThat(outcome.isRefused()).isTrue();
        assertThat(outcome.values()).isEmpty();
        assertThat(outcome.refusal())
                .contains("第 5 个数值「5」")
                .contains("行政复议")
                .contains("总计")
                .contains("应为 10")
                .endsWith("本次粘贴未改动任何格。");
    }

    @Test
    void a_total_is_checked_against_the_cells_the_paste_did_not_touch_too() {
        Map<String, BigDecimal> current = Map.of(Cells.t4(T4Group.REVIEW, T4Column.UPHELD), BigDecimal.valueOf(7));

        var outcome = PastedFigures.place(
                "1\t1\t1\t10", Cells.t4(T4Group.REVIEW, T4Column.CORRECTED), T4, ALL_EDITABLE, current);

        assertThat(outcome.isRefused()).isFalse();
        assertThat(outcome.values()).hasSize(3);
    }

    /** Issue 21: 1⇥2⇥3⇥4⇥5⇥6⇥7 pasted into one cell was stored as 1234567. */
    @Test
    void more_values_than_cells_left_in_the_row_are_refused_whole() {
        var outcome = PastedFigures.place(
                "1\t2\t3\t4\t5\t6\t7", Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS), T3, ALL_EDITABLE, Map.of());

        assertThat(outcome.values()).isEmpty();
        assertThat(outcome.refusal()).isEqualTo("粘贴了 7 个数值，但本行从此格起只有 6 格，本次粘贴未改动任何格。");
    }

    @Test
    void more_rows_than_the_table_has_left_are_refused() {
        var outcome = PastedFigures.place("1\n2\n3", T2Cell.COERCION_DECISIONS.id(), T2, ALL_EDITABLE, Map.of());

        assertThat(outcome.refusal()).startsWith("粘贴了 3 行，但本表从此行起只有 2 行");
    }

    @Test
    void a_row_below_that_is_narrower_than_the_paste_refuses_it() {
        var outcome = PastedFigures.place("1\t2\n3\t4", T2Cell.NORMATIVE_REPEALED.id(), T2, ALL_EDITABLE, Map.of());

        assertThat(outcome.refusal()).startsWith("粘贴的第 2 行有 2 个数值，但表中对应的行从此列起只有 0 格");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1\t十二\t3", "1\t-2\t3", "1\t2.5\t3", "1\t1,5\t3", "1\t1 5\t3"})
    void a_value_that_is_not_a_count_refuses_the_whole_paste_naming_it(String text) {
        var outcome = PastedFigures.place(text, T2Cell.RULES_ISSUED.id(), T2, ALL_EDITABLE, Map.of());

        assertThat(outcome.values()).isEmpty();
        assertThat(outcome.refusal())
                .startsWith("第 2 个数值「" + text.split("\t")[1] + "」对应表二「规章·本年废止件数」：")
                .endsWith("本次粘贴未改动任何格。");
    }

    @Test
    void a_cell_the_handler_may_not_edit_refuses_the_paste() {
        Set<String> mine = Set.of(Cells.t3(T3Row.NEW, T3Column.NP));

        var outcome = PastedFigures.place("1\t2", Cells.t3(T3Row.NEW, T3Column.NP), T3, mine::contains, Map.of());

        assertThat(outcome.values()).isEmpty();
        assertThat(outcome.refusal()).contains("第 2 个数值「2」对应表三「一、本年新收政府信息公开申请数量·商业企业」，该格不能修改");
    }

    @Test
    void the_browser_and_the_server_agree_on_what_is_several_values() {
        Pattern several = Pattern.compile(PastedFigures.SEVERAL_VALUES);

        assertThat(List.of("1\t2", "1\n2", "1\r\n2", "1  2", "1\u3000\u30002"))
                .allMatch(t -> several.matcher(t).find());
        assertThat(List.of("12", "1,234", "1 2", "1.5"))
                .noneMatch(t -> several.matcher(t).find());
        assertThat(PastedFigures.split("1 2")).containsExactly(List.of("1 2"));
    }
}
