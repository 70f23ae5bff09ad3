package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cross-check rules (勾稽关系) of FORMAT.md §5.1/§5.2 as a handler meets them in the editor. */
class ReportCheckerTest {

    private final ReportChecker checker = new ReportChecker();

    /**
     * The figures a handler types in (no totals). T3 per column: 自然人 5 + 1 = (3 + 1 + 1) + 1; 商业企业 2 = 1 + 1;
     * 其他 1 = 1. T4: 行政复议 1 + 1 + 1, 直接起诉 1, 复议后起诉 2.
     */
    private static Map<String, BigDecimal> typedFigures() {
        Map<String, BigDecimal> cells = new HashMap<>();
        put(cells, "t2.normative.issued", "3");
        put(cells, "t2.normative.repealed", "1");
        put(cells, "t2.normative.valid", "42");
        put(cells, "t2.license.decisions", "120");
        put(cells, "t2.penalty.decisions", "7");
        put(cells, "t2.coercion.decisions", "1");
        put(cells, "t2.fees.amount_wan", "4166.241619");
        put(cells, "t3.new.np", "5");
        put(cells, "t3.new.le.business", "2");
        put(cells, "t3.new.le.other", "1");
        put(cells, "t3.carry_in.np", "1");
        put(cells, "t3.r.open.np", "3");
        put(cells, "t3.r.open.le.business", "1");
        put(cells, "t3.r.partial.le.other", "1");
        put(cells, "t3.r.deny.4.np", "1");
        put(cells, "t3.r.unable.1.le.business", "1");
        put(cells, "t3.r.other.3.np", "1");
        put(cells, "t3.carry_out.np", "1");
        put(cells, "t4.review.upheld", "1");
        put(cells, "t4.review.corrected", "1");
        put(cells, "t4.review.pending", "1");
        put(cells, "t4.lit_direct.upheld", "1");
        put(cells, "t4.lit_after.other", "2");
        return cells;
    }

    private static ReportTables consistent() {
        return new ReportTables(typedFigures()).withComputedTotals();
    }

    /** The consistent report with some cells overwritten after the totals were computed. */
    private static ReportTables consistentWith(String... cellIdsAndValues) {
        Map<String, BigDecimal> cells = new HashMap<>(consistent().values());
        for (int i = 0; i < cellIdsAndValues.length; i += 2) {
            put(cells, cellIdsAndValues[i], cellIdsAndValues[i + 1]);
        }
        return new ReportTables(cells);
    }

    private static void put(Map<String, BigDecimal> cells, String cellId, String value) {
        assertThat(Cells.all()).as("test data uses a real cell id").contains(cellId);
        cells.put(cellId, new BigDecimal(value));
    }

    private List<Finding> check(ReportTables tables) {
        List<Finding> findings = checker.check(tables);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.isError()).isTrue();
            assertThat(Cells.all()).containsAll(f.cells());
        });
        return findings;
    }

    private static List<String> columnCells(T3Column column, T3Row... rows) {
        List<String> ids = new ArrayList<>();
        for (T3Row row : rows) {
            ids.add(Cells.t3(row, column));
        }
        return ids;
    }

    private static List<String> rowCells(T3Row row) {
        List<String> ids = new ArrayList<>();
        for (T3Column column : T3Column.values()) {
            ids.add(Cells.t3(row, column));
        }
        return ids;
    }

    @Test
    void a_consistent_report_with_computed_totals_has_no_findings() {
        ReportTables tables = consistent();

        assertThat(tables.t3(T3Row.NEW, T3Column.TOTAL))
                .as("the report is not all zeros")
                .isEqualTo(8);
        assertThat(check(tables)).isEmpty();
    }

    @Test
    void an_empty_report_has_no_findings() {
        assertThat(check(ReportTables.empty())).isEmpty();
    }

    @Test
    void requests_received_that_are_neither_handled_nor_carried_over_break_the_identity_of_their_column() {
        Map<String, BigDecimal> typed = typedFigures();
        put(typed, "t3.carry_in.np", "2");

        List<Finding> findings = check(new ReportTables(typed).withComputedTotals());

        assertThat(findings)
                .extracting(Finding::rule, Finding::cells)
                .containsExactlyInAnyOrder(
                        tuple(
                                "T3-ID",
                                columnCells(
                                        T3Column.NP, T3Row.NEW, T3Row.CARRY_IN, T3Row.RESULT_TOTAL, T3Row.CARRY_OUT)),
                        tuple(
                                "T3-ID",
                                columnCells(
                                        T3Column.TOTAL,
                                        T3Row.NEW,
                                        T3Row.CARRY_IN,
                                        T3Row.RESULT_TOTAL,
                                        T3Row.CARRY_OUT)));
        Finding naturalPersons = findings.stream()
                .filter(f -> f.cells().contains("t3.new.np"))
                .findFirst()
                .orElseThrow();
        assertThat(naturalPersons.message())
                .contains("表三", "自然人", "本年新收 5", "上年结转 2", "= 7", "办理结果总计 5", "结转下年度 1", "= 6");
    }

    @Test
    void breaking_one_applicant_column_reports_that_column_and_that_row_only() {
        List<Finding> findings = check(consistentWith("t3.new.le.other", "2"));

        assertThat(findings)
                .extracting(Finding::rule, Finding::cells)
                .containsExactlyInAnyOrder(
                        tuple(
                                "T3-ID",
                                columnCells(
                                        T3Column.LE_OTHER,
                                        T3Row.NEW,
                                        T3Row.CARRY_IN,
                                        T3Row.RESULT_TOTAL,
                                        T3Row.CARRY_OUT)),
                        tuple("T3-ROWSUM", rowCells(T3Row.NEW)));
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("T3-ID"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("「其他」列", "本年新收 2", "上年结转 0", "= 2", "办理结果总计 1", "结转下年度 0", "= 1");
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("T3-ROWSUM"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("一、本年新收政府信息公开申请数量", "总计为 8", "之和为 9");
    }

    @Test
    void a_row_total_that_is_not_the_sum_of_the_six_applicant_columns_is_reported_for_that_row() {
        List<Finding> findings = check(consistentWith("t3.r.open.total", "5"));

        assertThat(findings)
                .filteredOn(f -> f.rule().equals("T3-ROWSUM"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).containsExactlyElementsOf(rowCells(T3Row.OPEN));
                    assertThat(f.message()).contains("表三", "（一）予以公开", "总计为 5", "之和为 4");
                });
        // the wrong row total also makes （七）总计 of the 总计 column disagree; nothing else is reported
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("T3-ROWSUM", "T3-RESULTS");
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("T3-RESULTS"))
                .singleElement()
                .satisfies(f -> assertThat(f.cells()).contains("t3.r.total.total", "t3.r.open.total"));
    }

    @Test
    void a_result_total_that_is_not_the_sum_of_the_21_results_is_reported_for_that_column() {
        List<Finding> findings = check(consistentWith("t3.r.total.np", "6"));

        List<String> expectedCells = new ArrayList<>();
        T3Row.resultLeaves().forEach(r -> expectedCells.add(Cells.t3(r, T3Column.NP)));
        expectedCells.add("t3.r.total.np");
        assertThat(expectedCells).hasSize(22);
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("T3-RESULTS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).containsExactlyInAnyOrderElementsOf(expectedCells);
                    assertThat(f.message()).contains("表三", "自然人", "（七）总计为 6", "之和为 5");
                });
        // （七）总计 feeds the column identity and its own row sum as well
        assertThat(findings)
                .extracting(Finding::rule, Finding::cells)
                .contains(
                        tuple(
                                "T3-ID",
                                columnCells(
                                        T3Column.NP, T3Row.NEW, T3Row.CARRY_IN, T3Row.RESULT_TOTAL, T3Row.CARRY_OUT)),
                        tuple("T3-ROWSUM", rowCells(T3Row.RESULT_TOTAL)));
        assertThat(findings).hasSize(3);
    }

    @ParameterizedTest(name = "{3}: {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            t4.review.total        | 4 | review     | T4-REVIEW | 行政复议                 | 总计为 4 | 之和为 3
            t4.review.upheld       | 2 | review     | T4-REVIEW | 行政复议                 | 总计为 3 | 之和为 4
            t4.lit_direct.pending  | 1 | lit_direct | T4-DIRECT | 行政诉讼（未经复议直接起诉） | 总计为 1 | 之和为 2
            t4.lit_after.total     | 0 | lit_after  | T4-AFTER  | 行政诉讼（复议后起诉）       | 总计为 0 | 之和为 2
            """)
    void a_table_4_total_that_is_not_the_sum_of_its_four_results_is_reported_for_its_group(
            String cellId,
            String value,
            String group,
            String rule,
            String groupName,
            String totalText,
            String sumText) {
        List<Finding> findings = check(consistentWith(cellId, value));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.cells())
                    .containsExactly(
                            "t4." + group + ".upheld",
                            "t4." + group + ".corrected",
                            "t4." + group + ".other",
                            "t4." + group + ".pending",
                            "t4." + group + ".total");
            assertThat(f.message()).contains("表四「" + groupName + "」", totalText, sumText);
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            t2.rules.issued       | -1           | 表二「规章·本年制发件数」                    | 为 -1，不能为负数
            t2.fees.amount_wan    | -0.5         | 表二「行政事业性收费·本年收费金额（单位：万元）」 | 为 -0.5，不能为负数
            t2.penalty.decisions  | 1.5          | 表二「行政处罚·本年处理决定数量」              | 为 1.5，件数必须是整数
            t3.new.np             | 5.5          | 表三「一、本年新收政府信息公开申请数量·自然人」   | 为 5.5，件数必须是整数
            t4.review.upheld      | 1.25         | 表四「行政复议·结果维持」                    | 为 1.25，件数必须是整数
            t2.fees.amount_wan    | 4166.2416191 | 表二「行政事业性收费·本年收费金额（单位：万元）」 | 最多保留 6 位小数
            t2.license.decisions  | 100000000    | 表二「行政许可·本年处理决定数量」              | 为 100000000，数值过大（最大 99999999）
            t2.fees.amount_wan    | 100000000.5  | 表二「行政事业性收费·本年收费金额（单位：万元）」 | 为 100000000.5，数值过大（最大 99999999）
            """)
    void a_value_outside_the_domain_of_its_cell_is_reported_for_that_cell(
            String cellId, String value, String cellName, String problem) {
        List<Finding> findings = check(consistentWith(cellId, value));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOMAIN");
            assertThat(f.cells()).containsExactly(cellId);
            assertThat(f.message()).startsWith(cellName).contains(problem);
        });
    }

    @Test
    void the_largest_value_is_accepted_and_the_next_one_is_not() {
        assertThat(ReportChecker.MAX_VALUE).isEqualByComparingTo("99999999");
        assertThat(check(consistentWith("t2.license.decisions", ReportChecker.MAX_VALUE.toPlainString())))
                .isEmpty();
        assertThat(check(consistentWith(
                        "t2.license.decisions",
                        ReportChecker.MAX_VALUE.add(BigDecimal.ONE).toPlainString())))
                .extracting(Finding::rule)
                .containsExactly("DOMAIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4166.241619", "96171.6", "0.000001", "4166.2416190", "0", "99999999"})
    void a_fee_in_wan_yuan_with_up_to_six_decimals_is_accepted(String fee) {
        assertThat(check(consistentWith("t2.fees.amount_wan", fee))).isEmpty();
    }

    @Test
    void a_count_written_with_trailing_zero_decimals_is_a_whole_number() {
        assertThat(check(consistentWith("t2.penalty.decisions", "7.00"))).isEmpty();
    }

    @Test
    void computed_totals_are_the_sums_of_their_parts_and_replace_stale_totals() {
        Map<String, BigDecimal> typed = typedFigures();
        put(typed, "t3.new.total", "99");
        put(typed, "t3.r.total.np", "99");
        put(typed, "t4.review.total", "99");
        ReportTables typedTables = new ReportTables(typed);

        ReportTables computed = typedTables.withComputedTotals();

        // row totals: the six applicant columns
        assertThat(computed.t3(T3Row.NEW, T3Column.TOTAL)).isEqualTo(8);
        assertThat(computed.t3(T3Row.CARRY_IN, T3Column.TOTAL)).isEqualTo(1);
        assertThat(computed.t3(T3Row.OPEN, T3Column.TOTAL)).isEqualTo(4);
        assertThat(computed.t3(T3Row.PARTIAL, T3Column.TOTAL)).isEqualTo(1);
        assertThat(computed.t3(T3Row.DENY_1, T3Column.TOTAL)).isZero();
        assertThat(computed.t3(T3Row.CARRY_OUT, T3Column.TOTAL)).isEqualTo(1);
        // （七）总计: the 21 results, per column, including the 总计 column
        assertThat(computed.t3(T3Row.RESULT_TOTAL, T3Column.NP)).isEqualTo(5);
        assertThat(computed.t3(T3Row.RESULT_TOTAL, T3Column.LE_BUSINESS)).isEqualTo(2);
        assertThat(computed.t3(T3Row.RESULT_TOTAL, T3Column.LE_OTHER)).isEqualTo(1);
        assertThat(computed.t3(T3Row.RESULT_TOTAL, T3Column.LE_RESEARCH)).isZero();
        assertThat(computed.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL)).isEqualTo(8);
        // table 4: the four results of each group
        assertThat(computed.t4(T4Group.REVIEW, T4Column.TOTAL)).isEqualTo(3);
        assertThat(computed.t4(T4Group.LIT_DIRECT, T4Column.TOTAL)).isEqualTo(1);
        assertThat(computed.t4(T4Group.LIT_AFTER, T4Column.TOTAL)).isEqualTo(2);
        // typed figures are kept as typed, the original is unchanged
        assertThat(computed.value("t2.fees.amount_wan")).isEqualTo(new BigDecimal("4166.241619"));
        assertThat(computed.t3(T3Row.NEW, T3Column.NP)).isEqualTo(5);
        assertThat(computed.t4(T4Group.REVIEW, T4Column.UPHELD)).isEqualTo(1);
        assertThat(typedTables.t3(T3Row.NEW, T3Column.TOTAL)).isEqualTo(99);
    }

    @Test
    void the_cells_marked_as_computed_are_exactly_the_cells_the_totals_overwrite() {
        Map<String, BigDecimal> ones = new HashMap<>();
        Cells.all().forEach(id -> ones.put(id, BigDecimal.ONE));

        ReportTables computed = new ReportTables(ones).withComputedTotals();

        Set<String> overwritten = new HashSet<>();
        Cells.all().stream()
                .filter(id -> computed.value(id).compareTo(BigDecimal.ONE) != 0)
                .forEach(overwritten::add);
        Set<String> markedComputed = new HashSet<>();
        Cells.all().stream().filter(Cells::isComputed).forEach(markedComputed::add);
        // 25 row totals, 6 more （七）总计 cells, 3 table-4 totals
        assertThat(markedComputed).hasSize(34).isEqualTo(overwritten);
        assertThat(computed.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL)).isEqualTo(21 * 6);
    }
}
