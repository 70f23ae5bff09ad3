package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** XY-CARRY, XY-VALID, XY-REPEALED between this year's and last year's report of one agency (FORMAT.md §5.3). */
class CrossYearRuleTest {

    private final CrossYearRule rule = new CrossYearRule();

    private static ReportTables tables(String... cellsAndValues) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (int i = 0; i < cellsAndValues.length; i += 2) {
            assertThat(Cells.all()).contains(cellsAndValues[i]);
            cells.put(cellsAndValues[i], new BigDecimal(cellsAndValues[i + 1]));
        }
        return new ReportTables(cells).withComputedTotals();
    }

    /** Last year: 1 request of a natural person carried over, 698 行政规范性文件 in force, 2 规章. */
    private static final ReportTables LAST_YEAR =
            tables("t3.new.np", "1", "t3.carry_out.np", "1", "t2.normative.valid", "698", "t2.rules.valid", "2");

    @Test
    void a_year_that_continues_last_years_figures_has_no_findings() {
        ReportTables thisYear = tables(
                "t3.carry_in.np",
                "1",
                "t3.r.open.np",
                "1",
                "t2.normative.issued",
                "88",
                "t2.normative.repealed",
                "55",
                "t2.normative.valid",
                "731",
                "t2.rules.valid",
                "2");

        assertThat(rule.check(thisYear, LAST_YEAR)).isEmpty();
    }

    @Test
    void carry_in_that_is_not_last_years_carry_out_is_a_warning_for_each_column_that_differs() {
        ReportTables thisYear = tables(
                "t3.carry_in.le.business",
                "1",
                "t3.r.open.le.business",
                "1",
                "t2.normative.valid",
                "698",
                "t2.rules.valid",
                "2");

        List<Finding> findings = rule.check(thisYear, LAST_YEAR);

        assertThat(findings).extracting(Finding::rule).containsOnly("XY-CARRY");
        assertThat(findings).allMatch(f -> !f.isError());
        assertThat(findings)
                .extracting(f -> f.cells().getFirst())
                .containsExactly("t3.carry_in.np", "t3.carry_in.le.business");
        assertThat(findings.getFirst().message())
                .isEqualTo("表三「二、上年结转政府信息公开申请数量·自然人」为 0，上年报告「四、结转下年度继续办理·自然人」为 1，两者应相等。");
    }

    @Test
    void documents_in_force_that_are_not_last_years_plus_issued_minus_repealed_is_a_warning_with_the_sum() {
        ReportTables thisYear = tables(
                "t3.carry_in.np",
                "1",
                "t3.r.open.np",
                "1",
                "t2.rules.valid",
                "2",
                "t2.normative.issued",
                "77",
                "t2.normative.repealed",
                "132",
                "t2.normative.valid",
                "470");

        assertThat(rule.check(thisYear, LAST_YEAR)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XY-VALID");
            assertThat(f.isError()).isFalse();
            assertThat(f.cells()).containsExactly("t2.normative.valid", "t2.normative.issued", "t2.normative.repealed");
            assertThat(f.message()).isEqualTo("表二「行政规范性文件·现行有效件数」为 470，但上年现行有效 698 + 本年制发 77 − 本年废止 132 = 643。");
        });
    }

    @Test
    void repealing_more_than_was_in_force_and_issued_is_a_warning() {
        ReportTables thisYear = tables(
                "t3.carry_in.np",
                "1",
                "t3.r.open.np",
                "1",
                "t2.normative.valid",
                "698",
                "t2.rules.issued",
                "1",
                "t2.rules.repealed",
                "4",
                "t2.rules.valid",
                "0");

        List<Finding> findings = rule.check(thisYear, LAST_YEAR);

        assertThat(findings)
                .filteredOn(f -> f.rule().equals("XY-REPEALED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).containsExactly("t2.rules.repealed", "t2.rules.issued");
                    assertThat(f.message()).isEqualTo("表二「规章·本年废止件数」为 4，多于上年现行有效 2 与本年制发 1 之和 3。");
                });
        // 2 + 1 − 4 = −1 is not the 0 written either
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("XY-REPEALED", "XY-VALID");
    }
}
