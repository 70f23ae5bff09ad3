package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaSumTest {

    @Test
    void counts_and_the_fee_are_added_cell_by_cell_and_the_totals_computed_from_the_sums() {
        ReportTables first = new ReportTables(Map.of(
                Cells.t3(T3Row.NEW, T3Column.NP),
                BigDecimal.valueOf(4),
                Cells.t3(T3Row.NEW, T3Column.TOTAL),
                BigDecimal.valueOf(99),
                T2Cell.FEES_AMOUNT.id(),
                new BigDecimal("0.125"),
                Cells.t4(T4Group.LIT_DIRECT, T4Column.PENDING),
                BigDecimal.ONE));
        ReportTables second = new ReportTables(Map.of(
                Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(6),
                Cells.t3(T3Row.NEW, T3Column.LE_OTHER), BigDecimal.valueOf(2),
                Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(7),
                T2Cell.FEES_AMOUNT.id(), new BigDecimal("1.5"),
                Cells.t4(T4Group.LIT_DIRECT, T4Column.PENDING), BigDecimal.valueOf(2)));

        ReportTables sum = AreaSum.of(List.of(first, second));

        assertThat(sum.t3(T3Row.NEW, T3Column.NP)).isEqualTo(10);
        assertThat(sum.t3(T3Row.NEW, T3Column.TOTAL))
                .as("not 99 + 8: recomputed")
                .isEqualTo(12);
        assertThat(sum.t3(T3Row.RESULT_TOTAL, T3Column.NP)).isEqualTo(7);
        assertThat(sum.value(T2Cell.FEES_AMOUNT.id())).isEqualByComparingTo("1.625");
        assertThat(sum.t4(T4Group.LIT_DIRECT, T4Column.TOTAL)).isEqualTo(3);
    }

    @Test
    void no_reports_sum_to_an_empty_area() {
        ReportTables sum = AreaSum.of(List.of());

        assertThat(Cells.all()).allSatisfy(cell -> assertThat(sum.value(cell)).isZero());
    }
}
