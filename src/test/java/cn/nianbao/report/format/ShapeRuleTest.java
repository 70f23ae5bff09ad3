package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.ReportStructure.Oddity;
import cn.nianbao.report.format.ReportStructure.RowSeen;
import cn.nianbao.report.format.ReportStructure.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SHAPE on hand-made structures: what a reader found, compared with the format, one error per thing missing. */
class ShapeRuleTest {

    private final ShapeRule rule = new ShapeRule();

    private static final ReportStructure COMPLETE = ReportStructure.complete();

    private static List<String> t3Cells(T3Row row) {
        return Arrays.stream(T3Column.values()).map(c -> Cells.t3(row, c)).toList();
    }

    private static ReportStructure with(
            List<Section> headings,
            Set<Table> tables,
            List<RowSeen> rows,
            List<T3Column> columns,
            Set<String> groups,
            List<Oddity> oddities) {
        return new ReportStructure(headings, tables, rows, columns, groups, oddities, List.of(), Map.of());
    }

    private static ReportStructure withRows(List<RowSeen> rows) {
        return with(COMPLETE.headings(), COMPLETE.tables(), rows, COMPLETE.t3Columns(), COMPLETE.t3Groups(), List.of());
    }

    private static List<RowSeen> rowsWithout(List<String> cells) {
        return COMPLETE.rows().stream().filter(r -> !r.cells().equals(cells)).toList();
    }

    private static List<RowSeen> rowsReplacing(List<String> cells, RowSeen replacement) {
        List<RowSeen> rows = new ArrayList<>(rowsWithout(cells));
        rows.add(replacement);
        return rows;
    }

    @Test
    void the_complete_structure_of_the_format_has_no_findings() {
        assertThat(ReportStructure.officialRows()).hasSize(6 + 25 + 1);
        assertThat(COMPLETE.cellsRead()).containsExactlyInAnyOrderElementsOf(Cells.all());
        assertThat(rule.check(COMPLETE)).isEmpty();
    }

    @Test
    void a_missing_heading_is_an_error_naming_it() {
        ReportStructure structure = with(
                List.of(Section.S1, Section.S2, Section.S3, Section.S4, Section.S6),
                COMPLETE.tables(),
                COMPLETE.rows(),
                COMPLETE.t3Columns(),
                COMPLETE.t3Groups(),
                List.of());

        assertThat(rule.check(structure)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("SHAPE");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).isEqualTo("缺少第五部分的标题「五、存在的主要问题及改进情况」。");
        });
    }

    @Test
    void a_table_not_found_is_one_error_for_all_its_cells_not_one_per_row() {
        ReportStructure structure = with(
                COMPLETE.headings(),
                EnumSet.of(Table.T2, Table.T3),
                rowsWithout(T4Layout.dataRow()),
                COMPLETE.t3Columns(),
                COMPLETE.t3Groups(),
                List.of());

        assertThat(rule.check(structure)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("未找到表四", "政府信息公开行政复议、行政诉讼情况");
            assertThat(f.cells()).containsExactlyElementsOf(T4Layout.dataRow());
        });
    }

    @Test
    void a_missing_column_of_table_3_is_one_error_and_rows_lacking_only_that_column_are_not_reported_again() {
        List<T3Column> withoutOther = Arrays.stream(T3Column.values())
                .filter(c -> c != T3Column.LE_OTHER)
                .toList();
        List<RowSeen> rows = new ArrayList<>();
        for (RowSeen row : COMPLETE.rows()) {
            Set<String> read = new HashSet<>(row.read());
            read.removeIf(id -> id.endsWith(".le.other"));
            rows.add(new RowSeen(row.cells(), read, read.size()));
        }
        ReportStructure structure =
                with(COMPLETE.headings(), COMPLETE.tables(), rows, withoutOther, COMPLETE.t3Groups(), List.of());

        assertThat(rule.check(structure)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("表三缺少「法人或其他组织·其他」列", "表头只有 6 列");
            assertThat(f.cells()).hasSize(25).allMatch(id -> id.endsWith(".le.other"));
        });
    }

    @Test
    void a_row_with_too_few_numbers_is_an_error_naming_the_row_and_the_columns_not_read() {
        List<String> cells = t3Cells(T3Row.NOPROC_2);
        RowSeen shortRow = new RowSeen(cells, Set.copyOf(cells.subList(2, 7)), 5);

        assertThat(rule.check(withRows(rowsReplacing(cells, shortRow))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).isEqualTo(cells);
                    assertThat(f.message())
                            .isEqualTo("表三「（五）不予处理 2.重复申请」行只有 5 个数，规定格式每行 7 个数；没有读到：「自然人」、「法人或其他组织·商业企业」。");
                });
    }

    @Test
    void a_row_with_more_numbers_than_columns_is_an_error() {
        List<String> cells = t3Cells(T3Row.NEW);

        assertThat(rule.check(withRows(rowsReplacing(cells, new RowSeen(cells, Set.copyOf(cells), 8)))))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("「一、本年新收政府信息公开申请数量」行有 8 个数", "多出的数字没有读入");
    }

    @Test
    void a_missing_row_is_an_error_naming_it_in_table_2_and_in_table_3() {
        List<String> normative = List.of("t2.normative.issued", "t2.normative.repealed", "t2.normative.valid");

        assertThat(rule.check(withRows(rowsWithout(normative))))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("表二「第二十条第（一）项」缺少「行政规范性文件」行，其数字无法读取。");
        assertThat(rule.check(withRows(rowsWithout(t3Cells(T3Row.CARRY_OUT)))))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("表三缺少「四、结转下年度继续办理」行，其数字无法读取。");
    }

    @Test
    void numbered_items_without_their_group_heading_are_one_error_for_the_group() {
        Set<String> groups = Set.of(T3Row.UNABLE, T3Row.NOPROC, T3Row.OTHER);
        ReportStructure structure =
                with(COMPLETE.headings(), COMPLETE.tables(), COMPLETE.rows(), COMPLETE.t3Columns(), groups, List.of());

        assertThat(rule.check(structure)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("表三缺少行标题「（三）不予公开」：「1.属于国家秘密」至「8.属于行政查询事项」应列在它下面。");
            assertThat(f.cells()).hasSize(8 * 7);
        });
    }

    @Test
    void the_2019_single_row_of_other_handling_is_one_error_and_its_sub_items_are_not_reported_missing() {
        List<RowSeen> rows = new ArrayList<>(rowsWithout(t3Cells(T3Row.OTHER_1)));
        rows.removeIf(r -> r.cells().equals(t3Cells(T3Row.OTHER_2)));
        Oddity single = new Oddity(Oddity.Kind.SINGLE_OTHER_ROW, Table.T3, T3Row.OTHER, t3Cells(T3Row.OTHER_3));
        ReportStructure structure = with(
                COMPLETE.headings(),
                COMPLETE.tables(),
                rows,
                COMPLETE.t3Columns(),
                COMPLETE.t3Groups(),
                List.of(single));

        assertThat(rule.check(structure)).singleElement().satisfies(f -> {
            assertThat(f.cells()).isEqualTo(t3Cells(T3Row.OTHER_3));
            assertThat(f.message()).contains("只有一行（2019年试行格式）", "三行", "已读入「3.其他」");
        });
    }

    @Test
    void table_2_in_the_2019_columns_and_its_ninth_item_block_are_errors() {
        ReportStructure structure = with(
                COMPLETE.headings(),
                COMPLETE.tables(),
                COMPLETE.rows(),
                COMPLETE.t3Columns(),
                COMPLETE.t3Groups(),
                List.of(
                        new Oddity(Oddity.Kind.OBSOLETE_T2_COLUMN, Table.T2, "本年新制作数量」「本年新公开数量", List.of()),
                        new Oddity(Oddity.Kind.T2_ITEM_9, Table.T2, "政府集中采购", List.of())));

        assertThat(rule.check(structure))
                .extracting(Finding::message)
                .containsExactly(
                        "表二用了2019年试行格式的列「本年新制作数量」「本年新公开数量」；2021年格式为「本年制发件数、本年废止件数、现行有效件数」或「本年处理决定数量」，这些列的数字没有读入。",
                        "表二有「第二十条第（九）项」（政府集中采购），这是2019年试行格式的内容，2021年格式没有这一块，其数字没有读入。");
    }
}
