package cn.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.report.Reaggregation.CellMove;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a 重新汇总 would change, computed from the draft's figures, the area's sums now and at the last 汇总 alone. */
class ReaggregationDiffTest {

    private static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private static final String NEW_BUSINESS = Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS);
    private static final String NEW_TOTAL = Cells.t3(T3Row.NEW, T3Column.TOTAL);
    private static final String CARRY_IN_NP = Cells.t3(T3Row.CARRY_IN, T3Column.NP);
    private static final String FEES = T2Cell.FEES_AMOUNT.id();

    @Test
    void lists_each_input_cell_that_changes_with_its_printed_label_and_leaves_the_totals_to_follow() {
        ReportTables base = new ReportTables(Map.of(
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

        ReaggregationDiff diff = new ReaggregationDiff(base, sums, Optional.of(base));

        assertThat(diff.changes())
                .containsExactly(
                        new CellMove(
                                T2Cell.FEES_AMOUNT.id(), "表二 行政事业性收费 · 本年收费金额（单位：万元）", "1.5", "1.75", "1.5 → 1.75"),
                        new CellMove(NEW_NP, "表三 一、本年新收政府信息公开申请数量 · 自然人", "5", "8", "5 → 8"),
                        new CellMove(NEW_BUSINESS, "表三 一、本年新收政府信息公开申请数量 · 商业企业", "0", "2", "0 → 2"));
        assertThat(diff.changes())
                .extracting(CellMove::cellId)
                .as("the 总计 cells are computed from the cells that changed")
                .doesNotContain(NEW_TOTAL)
                .allMatch(cell -> !Cells.isComputed(cell));
        assertThat(diff.edit().get(NEW_NP).typed()).isEqualByComparingTo("8");
    }

    @Test
    void the_handlers_own_figures_on_top_of_the_sums_stay_and_move_by_the_areas_change_only() {
        ReportTables base = new ReportTables(Map.of(NEW_NP, BigDecimal.valueOf(5), FEES, new BigDecimal("1.5")));
        ReportTables draft = new ReportTables(Map.of(
                NEW_NP,
                BigDecimal.valueOf(7), // 2 of the government's own on the area's 5
                CARRY_IN_NP,
                BigDecimal.valueOf(4), // the government's own carry-in, the area had none
                FEES,
                new BigDecimal("2"),
                T2Cell.NORMATIVE_ISSUED.id(),
                BigDecimal.ONE));
        ReportTables sums = new ReportTables(Map.of(NEW_NP, BigDecimal.valueOf(8), FEES, new BigDecimal("1.75")));

        ReaggregationDiff diff = new ReaggregationDiff(draft, sums, Optional.of(base));

        assertThat(diff.changes())
                .extracting(CellMove::cellId, CellMove::draft, CellMove::result, CellMove::area)
                .as("only cells whose area sum moved; the carry-in and the 本级 normative document are left alone")
                .containsExactly(tuple(FEES, "2", "2.25", "1.5 → 1.75"), tuple(NEW_NP, "7", "10", "5 → 8"));
        assertThatCode(diff::refuseNegative).doesNotThrowAnyException();
        assertThat(new ReaggregationDiff(draft, base, Optional.of(base)).changes())
                .as("the area unchanged: nothing moves, whatever was typed")
                .isEmpty();
    }

    @Test
    void a_sum_fallen_below_what_the_handler_took_off_is_refused_naming_the_cell_never_clamped() {
        ReportTables base = new ReportTables(Map.of(NEW_NP, BigDecimal.valueOf(5), NEW_BUSINESS, BigDecimal.ONE));
        ReportTables draft = new ReportTables(Map.of(NEW_NP, BigDecimal.valueOf(2), NEW_BUSINESS, BigDecimal.ONE));
        ReportTables sums = new ReportTables(Map.of(NEW_NP, BigDecimal.ONE, NEW_BUSINESS, BigDecimal.valueOf(3)));

        ReaggregationDiff diff = new ReaggregationDiff(draft, sums, Optional.of(base));

        assertThat(diff.edit().get(NEW_NP).typed()).isEqualByComparingTo("-2");
        assertThatThrownBy(diff::refuseNegative)
                .isInstanceOf(ReportInputException.class)
                .hasMessage(ReaggregationDiff.NEGATIVE + "表三 一、本年新收政府信息公开申请数量 · 自然人（本稿现值 2，辖区合计 5 → 1）。");
    }

    @Test
    void without_the_sums_of_the_last_aggregation_the_new_sum_replaces_the_draft_value() {
        ReportTables draft = new ReportTables(Map.of(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(9)));
        ReportTables sums = new ReportTables(Map.of(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(3)));

        assertThat(new ReaggregationDiff(draft, sums, Optional.empty()).changes())
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.draft()).isEqualTo("9");
                    assertThat(change.result()).isEqualTo("3");
                    assertThat(change.area()).as("the last sum is not known").isEqualTo("3");
                });
        assertThat(new ReaggregationDiff(sums, sums, Optional.empty()).changes())
                .isEmpty();
    }

    @Test
    void the_newly_included_are_those_the_last_sums_did_not_take_in_in_the_area_order() {
        List<PublishedTables> now = List.of(tables(1, "甲局"), tables(2, "乙局、丙组"), tables(3, "丁局"));

        assertThat(ReaggregationDiff.newlyIncluded(now, Set.of(1L)))
                .as("by agency, so a name holding 「、」 is one agency")
                .containsExactly("乙局、丙组", "丁局");
        assertThat(ReaggregationDiff.newlyIncluded(now, Set.of(1L, 2L, 3L))).isEmpty();
        assertThat(ReaggregationDiff.newlyIncluded(now, Set.of()))
                .as("nothing taken in before: all are new")
                .containsExactly("甲局", "乙局、丙组", "丁局");
    }

    @Test
    void the_history_line_names_the_new_agencies_and_counts_the_cells() {
        CellMove change = new CellMove(NEW_NP, "表三", "5", "8", "5 → 8");
        Reaggregation found =
                new Reaggregation(1, 3, List.of(change, change), List.of("甲局", "乙局"), List.of(), "汇总范围：", true);

        assertThat(found.summary()).isEqualTo("新纳入 甲局、乙局；变更 2 个单元格");
        assertThat(found.isEmpty()).isFalse();
        assertThat(new Reaggregation(1, 3, List.of(), List.of(), List.of("丙局"), "汇总范围：", true).isEmpty())
                .isTrue();
    }

    private static PublishedTables tables(long agencyId, String name) {
        return new PublishedTables(agencyId, name, ReportTables.empty());
    }
}
