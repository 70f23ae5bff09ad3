package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official merged-cell shape of tables 3 and 4 (FORMAT.md §3, §4), which the editor and the portal both draw. */
class LayoutTest {

    private static final List<String> LEGAL_ENTITY_LABELS = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    private static final List<String> T4_COLUMN_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** The table as a browser lays it out: each cell takes the next column not covered by a cell from above. */
    private record Grid(String[][] text, boolean[][] ownRow) {

        static Grid place(List<List<LabelCell>> rows, int width) {
            String[][] text = new String[rows.size()][width];
            boolean[][] own = new boolean[rows.size()][width];
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (LabelCell cell : rows.get(r)) {
                    while (c < width && text[r][c] != null) {
                        c++;
                    }
                    if (c + cell.colspan() > width) {
                        fail("「%s」 in row %d runs past column %d", cell.text(), r, width);
                    }
                    if (r + cell.rowspan() > rows.size()) {
                        fail("「%s」 in row %d runs past the last row", cell.text(), r);
                    }
                    for (int dr = 0; dr < cell.rowspan(); dr++) {
                        for (int dc = 0; dc < cell.colspan(); dc++) {
                            if (text[r + dr][c + dc] != null) {
                                fail(
                                        "「%s」 overlaps 「%s」 at row %d column %d",
                                        cell.text(), text[r + dr][c + dc], r + dr, c + dc);
                            }
                            text[r + dr][c + dc] = cell.text();
                            own[r + dr][c + dc] = dr == 0;
                        }
                    }
                    c += cell.colspan();
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < width; c++) {
                    if (text[r][c] == null) {
                        fail("row %d column %d is left empty", r, c);
                    }
                }
            }
            return new Grid(text, own);
        }

        String at(int row, int column) {
            return text[row][column];
        }

        List<String> row(int row, int fromColumn, int toColumnExclusive) {
            return Arrays.asList(text[row]).subList(fromColumn, toColumnExclusive);
        }
    }

    private static List<LabelCell> valueCells(List<String> cellIds) {
        return cellIds.stream().map(id -> new LabelCell(id, 1, 1)).toList();
    }

    private static List<String> t3RowCells(T3Row row) {
        return Arrays.stream(T3Column.values()).map(c -> Cells.t3(row, c)).toList();
    }

    /** Header rows, then each data row as its label cells followed by its seven value cells. */
    private static Grid t3Grid() {
        List<List<LabelCell>> rows = new ArrayList<>(T3Layout.headerRows());
        for (T3Row row : T3Row.values()) {
            List<LabelCell> cells = new ArrayList<>(T3Layout.labelCells(row));
            cells.addAll(valueCells(t3RowCells(row)));
            rows.add(cells);
        }
        return Grid.place(rows, T3Layout.LABEL_COLUMNS + T3Column.values().length);
    }

    private static int gridRow(T3Row row) {
        return 3 + row.ordinal();
    }

    @Test
    void results_label_spans_the_22_result_rows_starting_at_予以公开() {
        assertThat(T3Layout.labelCells(T3Row.OPEN).getFirst()).isEqualTo(new LabelCell("三、本年度办理结果", 22, 1));
        assertThat(Arrays.stream(T3Row.values())
                        .filter(r -> r != T3Row.OPEN)
                        .flatMap(r -> T3Layout.labelCells(r).stream())
                        .map(LabelCell::text))
                .doesNotContain("三、本年度办理结果");

        Grid grid = t3Grid();
        for (T3Row row : T3Row.values()) {
            boolean isResult = row.ordinal() >= T3Row.OPEN.ordinal() && row.ordinal() <= T3Row.RESULT_TOTAL.ordinal();
            assertThat(grid.at(gridRow(row), 0).equals("三、本年度办理结果"))
                    .as(row.id())
                    .isEqualTo(isResult);
        }
    }

    @Test
    void result_groups_span_their_numbered_items() {
        assertGroup("（三）不予公开", T3Row.DENY_1, 8);
        assertGroup("（四）无法提供", T3Row.UNABLE_1, 3);
        assertGroup("（五）不予处理", T3Row.NOPROC_1, 5);
        assertGroup("（六）其他处理", T3Row.OTHER_1, 3);

        Grid grid = t3Grid();
        List<String> inColumn2 =
                Arrays.stream(T3Row.values()).map(r -> grid.at(gridRow(r), 1)).toList();
        assertThat(inColumn2.stream().filter("（三）不予公开"::equals)).hasSize(8);
        assertThat(inColumn2.subList(T3Row.DENY_1.ordinal(), T3Row.DENY_8.ordinal() + 1))
                .containsOnly("（三）不予公开");
        assertThat(inColumn2.subList(T3Row.OTHER_1.ordinal(), T3Row.OTHER_3.ordinal() + 1))
                .containsOnly("（六）其他处理");
        assertThat(grid.at(gridRow(T3Row.DENY_1), 2)).isEqualTo("1.属于国家秘密");
        assertThat(grid.at(gridRow(T3Row.OTHER_3), 2)).isEqualTo("3.其他");
    }

    private static void assertGroup(String label, T3Row first, int rows) {
        List<LabelCell> cells = T3Layout.labelCells(first);
        assertThat(cells).as(first.id()).hasSize(2);
        assertThat(cells.get(0)).isEqualTo(new LabelCell(label, rows, 1));
        assertThat(cells.get(1).rowspan()).isEqualTo(1);
        assertThat(cells.get(1).colspan()).isEqualTo(1);
        for (int i = 1; i < rows; i++) {
            T3Row next = T3Row.values()[first.ordinal() + i];
            assertThat(T3Layout.labelCells(next))
                    .as(next.id())
                    .singleElement()
                    .isEqualTo(new LabelCell(next.level3(), 1, 1));
        }
    }

    @Test
    void top_items_span_all_three_label_columns_and_single_results_span_two() {
        assertThat(T3Layout.labelCells(T3Row.NEW)).containsExactly(new LabelCell("一、本年新收政府信息公开申请数量", 1, 3));
        assertThat(T3Layout.labelCells(T3Row.CARRY_IN)).containsExactly(new LabelCell("二、上年结转政府信息公开申请数量", 1, 3));
        assertThat(T3Layout.labelCells(T3Row.CARRY_OUT)).containsExactly(new LabelCell("四、结转下年度继续办理", 1, 3));
        assertThat(T3Layout.labelCells(T3Row.OPEN).getLast()).isEqualTo(new LabelCell("（一）予以公开", 1, 2));
        assertThat(T3Layout.labelCells(T3Row.PARTIAL))
                .containsExactly(new LabelCell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2));
        assertThat(T3Layout.labelCells(T3Row.RESULT_TOTAL)).containsExactly(new LabelCell("（七）总计", 1, 2));
    }

    @Test
    void every_data_row_fills_exactly_three_label_columns_counting_cells_merged_from_above() {
        Grid grid = t3Grid();
        for (T3Row row : T3Row.values()) {
            int own = T3Layout.labelCells(row).stream()
                    .mapToInt(LabelCell::colspan)
                    .sum();
            int fromAbove = 0;
            for (int c = 0; c < T3Layout.LABEL_COLUMNS; c++) {
                if (!grid.ownRow()[gridRow(row)][c]) {
                    fromAbove++;
                }
            }
            assertThat(own + fromAbove).as(row.id()).isEqualTo(3);
            // and the seven values sit under the seven value columns, in order
            assertThat(grid.row(gridRow(row), 3, 10)).as(row.id()).containsExactlyElementsOf(t3RowCells(row));
        }
    }

    @Test
    void t3_header_has_the_note_the_applicant_group_and_the_five_legal_entity_columns() {
        List<List<LabelCell>> header = T3Layout.headerRows();
        assertThat(header).hasSize(3);
        assertThat(header.get(0))
                .containsExactly(
                        new LabelCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new LabelCell("申请人情况", 1, 7));
        assertThat(header.get(1))
                .containsExactly(new LabelCell("自然人", 2, 1), new LabelCell("法人或其他组织", 1, 5), new LabelCell("总计", 2, 1));
        assertThat(header.get(2)).extracting(LabelCell::text).containsExactlyElementsOf(LEGAL_ENTITY_LABELS);
        assertThat(header.get(2)).allSatisfy(c -> {
            assertThat(c.rowspan()).isEqualTo(1);
            assertThat(c.colspan()).isEqualTo(1);
        });

        // the bottom header row names each value column above its cells
        Grid grid = t3Grid();
        List<String> columnHeads = new ArrayList<>();
        columnHeads.add("自然人");
        columnHeads.addAll(LEGAL_ENTITY_LABELS);
        columnHeads.add("总计");
        assertThat(grid.row(2, 3, 10)).containsExactlyElementsOf(columnHeads);
        assertThat(grid.row(1, 4, 9)).containsOnly("法人或其他组织");
        assertThat(grid.row(0, 3, 10)).containsOnly("申请人情况");
        for (int r = 0; r < 3; r++) {
            assertThat(grid.row(r, 0, 3)).containsOnly(T3Column.NOTE);
        }
        assertThat(grid.text()).hasNumberOfRows(28);
    }

    @Test
    void t4_header_groups_review_and_litigation_over_fifteen_cells_in_the_official_order() {
        List<List<LabelCell>> header = T4Layout.headerRows();
        assertThat(header).hasSize(3);
        assertThat(header.get(0)).containsExactly(new LabelCell("行政复议", 1, 5), new LabelCell("行政诉讼", 1, 10));
        assertThat(header.get(1))
                .containsExactly(
                        new LabelCell("结果维持", 2, 1),
                        new LabelCell("结果纠正", 2, 1),
                        new LabelCell("其他结果", 2, 1),
                        new LabelCell("尚未审结", 2, 1),
                        new LabelCell("总计", 2, 1),
                        new LabelCell("未经复议直接起诉", 1, 5),
                        new LabelCell("复议后起诉", 1, 5));
        assertThat(header.get(2))
                .extracting(LabelCell::text)
                .containsExactlyElementsOf(concat(T4_COLUMN_LABELS, T4_COLUMN_LABELS));

        List<String> formatOrder = List.of(
                "t4.review.upheld",
                "t4.review.corrected",
                "t4.review.other",
                "t4.review.pending",
                "t4.review.total",
                "t4.lit_direct.upheld",
                "t4.lit_direct.corrected",
                "t4.lit_direct.other",
                "t4.lit_direct.pending",
                "t4.lit_direct.total",
                "t4.lit_after.upheld",
                "t4.lit_after.corrected",
                "t4.lit_after.other",
                "t4.lit_after.pending",
                "t4.lit_after.total");
        assertThat(T4Layout.dataRow()).containsExactlyElementsOf(formatOrder);

        List<List<LabelCell>> rows = new ArrayList<>(header);
        rows.add(valueCells(T4Layout.dataRow()));
        Grid grid = Grid.place(rows, 15);
        assertThat(grid.row(0, 0, 5)).containsOnly("行政复议");
        assertThat(grid.row(0, 5, 15)).containsOnly("行政诉讼");
        assertThat(grid.row(1, 0, 5)).containsExactlyElementsOf(T4_COLUMN_LABELS);
        assertThat(grid.row(2, 0, 5)).containsExactlyElementsOf(T4_COLUMN_LABELS);
        assertThat(grid.row(1, 5, 10)).containsOnly("未经复议直接起诉");
        assertThat(grid.row(1, 10, 15)).containsOnly("复议后起诉");
        assertThat(grid.row(2, 5, 15)).containsExactlyElementsOf(concat(T4_COLUMN_LABELS, T4_COLUMN_LABELS));
        assertThat(grid.row(3, 0, 15)).containsExactlyElementsOf(formatOrder);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void there_are_200_distinct_cell_ids_in_reading_order() {
        List<String> all = Cells.all();

        assertThat(all).hasSize(200).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).hasSize(200);
        assertThat(all)
                .contains(
                        "t2.fees.amount_wan",
                        "t3.r.deny.1.le.other",
                        "t4.lit_after.total",
                        "t3.r.other.3.le.legal_service",
                        "t3.carry_out.total",
                        "t2.coercion.decisions");
        assertThat(all.subList(0, 10)).allMatch(id -> id.startsWith("t2."));
        assertThat(all.subList(10, 185)).allMatch(id -> id.startsWith("t3."));
        assertThat(all.subList(185, 200)).containsExactlyElementsOf(T4Layout.dataRow());
        assertThat(all.get(10)).isEqualTo("t3.new.np");
        assertThat(all.get(184)).isEqualTo("t3.carry_out.total");
        assertThat(all)
                .filteredOn(id -> Cells.kindOf(id) == CellKind.AMOUNT_WAN)
                .containsExactly("t2.fees.amount_wan");
    }
}
