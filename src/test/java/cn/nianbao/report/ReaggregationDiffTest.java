package cn.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.ContentChanges.CellChange;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a 重新汇总 would change, computed from the draft's figures and the area's sums alone. */
class ReaggregationDiffTest {

    private static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private static final String NEW_BUSINESS = Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS);
    private static final String NEW_TOTAL = Cells.t3(T3Row.NEW, T3Column.TOTAL);

    @Test
    void lists_each_input_cell_that_differs_with_its_printed_label_and_leaves_the_totals_to_follow() {
        ReportTables draft = new ReportTables(Map.of(
                        NEW_NP,
                        BigDecimal.valueOf(5),
                        T2Cell.NORMATIVE_ISSUED.id(),
                        BigDecimal.valueOf(7),
                        T2Cell.FEES_AMOUNT.id(),
                        new BigDecimal("1.5")))
                .withComputedTotals();
        ReportTables sums = new ReportTables(Map.of(
                        NEW_NP,
                        BigDecimal.valueOf(8),
                        NEW_BUSINESS,
                        BigDecimal.valueOf(2),
                        T2Cell.NORMATIVE_ISSUED.id(),
                        BigDecimal.valueOf(7),
                        T2Cell.FEES_AMOUNT.id(),
                        new BigDecimal("1.75")))
                .withComputedTotals();

        List<CellChange> changes = ReaggregationDiff.changes(draft, sums);

        assertThat(changes)
                .containsExactly(
                        new CellChange(T2Cell.FEES_AMOUNT.id(), "表二 行政事业性收费 · 本年收费金额（单位：万元）", "1.5", "1.75"),
                        new CellChange(NEW_NP, "表三 一、本年新收政府信息公开申请数量 · 自然人", "5", "8"),
                        new CellChange(NEW_BUSINESS, "表三 一、本年新收政府信息公开申请数量 · 商业企业", "0", "2"));
        assertThat(changes)
                .extracting(CellChange::cellId)
                .as("the 总计 cells are computed from the cells that changed")
                .doesNotContain(NEW_TOTAL)
                .allMatch(cell -> !Cells.isComputed(cell));
        assertThat(ReaggregationDiff.edit(draft, sums).get(NEW_NP).typed()).isEqualByComparingTo("8");
    }

    @Test
    void a_figure_typed_over_the_sums_is_shown_as_the_draft_value_the_sum_replaces() {
        ReportTables draft = new ReportTables(Map.of(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(9)));
        ReportTables sums = new ReportTables(Map.of(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(3)));

        assertThat(ReaggregationDiff.changes(draft, sums)).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo("9");
            assertThat(change.after()).isEqualTo("3");
        });
        assertThat(ReaggregationDiff.changes(sums, sums)).isEmpty();
    }

    @Test
    void the_newly_included_are_those_the_last_scope_did_not_name_in_the_area_order() {
        AreaAggregate last = new AreaAggregate(ReportTables.empty(), List.of(tables("甲局")), List.of("乙局", "丙局"));

        Set<String> before = AreaAggregate.includedIn(last.describe());

        assertThat(before).containsExactly("甲局");
        assertThat(ReaggregationDiff.newlyIncluded(List.of("甲局", "乙局", "丙局"), before))
                .containsExactly("乙局", "丙局");
    }

    @Test
    void a_scope_that_included_nobody_or_a_carry_over_note_names_nobody() {
        AreaAggregate none = new AreaAggregate(ReportTables.empty(), List.of(), List.of("甲局"));

        assertThat(AreaAggregate.includedIn(none.describe())).isEmpty();
        assertThat(AreaAggregate.includedIn("上年结转自 2024 年报（已发布版本：第 1 版）")).isEmpty();
        assertThat(AreaAggregate.includedIn(null)).isEmpty();
    }

    @Test
    void the_history_line_names_the_new_agencies_and_counts_the_cells() {
        CellChange change = new CellChange(NEW_NP, "表三", "5", "8");
        Reaggregation found = new Reaggregation(1, 3, List.of(change, change), List.of("甲局", "乙局"), List.of(), "汇总范围：");

        assertThat(found.summary()).isEqualTo("新纳入 甲局、乙局；变更 2 个单元格");
        assertThat(found.isEmpty()).isFalse();
        assertThat(new Reaggregation(1, 3, List.of(), List.of(), List.of("丙局"), "汇总范围：").isEmpty())
                .isTrue();
    }

    private static PublishedTables tables(String name) {
        return new PublishedTables(1, name, ReportTables.empty());
    }
}
