package cn.nianbao.report.format;

import cn.nianbao.report.format.ReportStructure.Oddity;
import cn.nianbao.report.format.ReportStructure.RowSeen;
import cn.nianbao.report.format.ReportStructure.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SHAPE (FORMAT.md §5.2, §5.5): the six headings present (their numbering and order are {@link NumberingRule
 * NUMBERING}'s); tables 2, 3 and 4 with all their rows and
 * columns (T2 10 value cells, T3 25 rows × 7 columns including 「其他」 and the row heading 「（三）不予公开」, T4 15
 * cells); no 2019 trial-format table 2 or single-row 「（六）其他处理」. Every finding is an error naming the heading,
 * row or column concerned.
 */
public final class ShapeRule {

    public static final String RULE = "SHAPE";

    private static final List<String> GROUPS = List.of(T3Row.DENY, T3Row.UNABLE, T3Row.NOPROC, T3Row.OTHER);

    public List<Finding> check(ReportStructure structure) {
        List<Finding> findings = new ArrayList<>();
        checkHeadings(structure, findings);
        for (Table table : Table.values()) {
            if (!structure.tables().contains(table)) {
                findings.add(
                        error(tableCells(table), "未找到" + table.displayName() + "（" + tableTitle(table) + "），其数字无法读取。"));
            }
        }
        if (structure.tables().contains(Table.T2)) {
            checkTable2(structure, findings);
        }
        if (structure.tables().contains(Table.T3)) {
            checkTable3(structure, findings);
        }
        if (structure.tables().contains(Table.T4)) {
            checkTable4(structure, findings);
        }
        structure.oddities().forEach(o -> findings.add(error(o.cells(), oddityMessage(o))));
        return findings;
    }

    private static void checkHeadings(ReportStructure structure, List<Finding> findings) {
        for (Section section : Section.values()) {
            if (!structure.headings().contains(section)) {
                findings.add(error(List.of(), "缺少第" + number(section) + "部分的标题「" + section.heading() + "」。"));
            }
        }
    }

    private static void checkTable2(ReportStructure structure, List<Finding> findings) {
        for (T2Block block : T2Block.values()) {
            for (String label : block.rowLabels()) {
                List<T2Cell> cells = block.cellsOfRow(label);
                List<String> ids = cells.stream().map(T2Cell::id).toList();
                Optional<RowSeen> seen = structure.row(ids);
                if (seen.isEmpty()) {
                    findings.add(error(ids, "表二「" + block.caption() + "」缺少「" + label + "」行，其数字无法读取。"));
                } else if (!seen.get().read().containsAll(ids)) {
                    List<String> missing = cells.stream()
                            .filter(c -> !seen.get().read().contains(c.id()))
                            .map(T2Cell::columnLabel)
                            .toList();
                    findings.add(error(
                            ids,
                            "表二「" + label + "」行只读到 " + seen.get().read().size() + " 个数，应有 " + ids.size() + " 个；没有读到："
                                    + quoted(missing) + "。"));
                }
            }
        }
    }

    private static void checkTable3(ReportStructure structure, List<Finding> findings) {
        List<T3Column> columns = structure.t3Columns();
        if (columns.isEmpty()) {
            findings.add(error(List.of(), "表三没有可识别的表头（自然人、法人或其他组织、总计各列），数字按规定的列顺序读入。"));
            columns = List.of(T3Column.values());
        }
        for (T3Column column : T3Column.values()) {
            if (!columns.contains(column)) {
                List<String> cells = Arrays.stream(T3Row.values())
                        .map(r -> Cells.t3(r, column))
                        .toList();
                findings.add(error(
                        cells,
                        "表三缺少「" + columnName(column) + "」列：规定格式的申请人情况有 7 列（"
                                + Arrays.stream(T3Column.values())
                                        .map(ShapeRule::columnName)
                                        .collect(Collectors.joining("、"))
                                + "），表头只有 " + columns.size() + " 列，这一列的数字都没有读到。"));
            }
        }
        boolean singleOtherRow = structure.oddities().stream().anyMatch(o -> o.kind() == Oddity.Kind.SINGLE_OTHER_ROW);
        for (String group : GROUPS) {
            List<T3Row> members = Arrays.stream(T3Row.values())
                    .filter(r -> group.equals(r.level2()))
                    .toList();
            boolean anyRow =
                    members.stream().anyMatch(r -> structure.row(rowCells(r)).isPresent());
            if (anyRow && !structure.t3Groups().contains(group)) {
                findings.add(error(
                        members.stream().flatMap(r -> rowCells(r).stream()).toList(),
                        "表三缺少行标题「" + group + "」：「" + members.getFirst().level3() + "」至「"
                                + members.getLast().level3() + "」应列在它下面。"));
            }
        }
        for (T3Row row : T3Row.values()) {
            List<String> cells = rowCells(row);
            Optional<RowSeen> seen = structure.row(cells);
            if (seen.isEmpty()) {
                if (!(singleOtherRow && T3Row.OTHER.equals(row.level2()) && row != T3Row.OTHER_3)) {
                    findings.add(error(cells, "表三缺少「" + rowName(row) + "」行，其数字无法读取。"));
                }
                continue;
            }
            List<T3Column> expected = columns;
            List<T3Column> missing = expected.stream()
                    .filter(c -> !seen.get().read().contains(Cells.t3(row, c)))
                    .toList();
            if (!missing.isEmpty()) {
                findings.add(error(
                        cells,
                        "表三「" + rowName(row) + "」行只有 " + seen.get().numbers()
                                + " 个数，规定格式每行 7 个数" + (expected.size() < 7 ? "（本表表头有 " + expected.size() + " 列）" : "")
                                + "；没有读到："
                                + quoted(missing.stream()
                                        .map(ShapeRule::columnName)
                                        .toList()) + "。"));
            } else if (seen.get().numbers() > expected.size()) {
                findings.add(error(
                        cells,
                        "表三「" + rowName(row) + "」行有 " + seen.get().numbers() + " 个数，多于表头的 " + expected.size()
                                + " 列；多出的数字没有读入。"));
            }
        }
    }

    private static void checkTable4(ReportStructure structure, List<Finding> findings) {
        List<String> cells = T4Layout.dataRow();
        Optional<RowSeen> seen = structure.row(cells);
        if (seen.isEmpty()) {
            findings.add(error(cells, "表四没有数据行，15 个数都没有读到。"));
        } else if (!seen.get().read().containsAll(cells)) {
            List<String> missing = cells.stream()
                    .filter(c -> !seen.get().read().contains(c))
                    .map(ReportChecker::cellName)
                    .toList();
            findings.add(error(
                    cells, "表四数据行只有 " + seen.get().numbers() + " 个数，应有 15 个；没有读到：" + String.join("、", missing) + "。"));
        } else if (seen.get().numbers() > cells.size()) {
            findings.add(error(cells, "表四数据行有 " + seen.get().numbers() + " 个数，多于规定的 15 个；只读入了前 15 个。"));
        }
    }

    private static String oddityMessage(Oddity oddity) {
        String table = oddity.table().displayName();
        return switch (oddity.kind()) {
            case OBSOLETE_T2_COLUMN ->
                table + "用了2019年试行格式的列「" + oddity.text() + "」；2021年格式为「本年制发件数、本年废止件数、现行有效件数」或「本年处理决定数量」，这些列的数字没有读入。";
            case T2_ITEM_9 -> table + "有「第二十条第（九）项」（" + oddity.text() + "），这是2019年试行格式的内容，2021年格式没有这一块，其数字没有读入。";
            case SINGLE_OTHER_ROW ->
                "表三「（六）其他处理」只有一行（2019年试行格式）；2021年格式分为「"
                        + T3Row.OTHER_1.level3() + "」「" + T3Row.OTHER_2.level3() + "」「" + T3Row.OTHER_3.level3()
                        + "」三行。这一行的数字已读入「3.其他」。";
            case GROUP_ROW_WITH_NUMBERS -> table + "行标题「" + oddity.text() + "」带有数字；规定格式中它只是下面各项的标题，不填数字，这些数字没有读入。";
            case UNKNOWN_ROW -> table + "有规定格式没有的行「" + oddity.text() + "」，其数字没有读入。";
            case UNKNOWN_COLUMN -> table + "有规定格式没有的列「" + oddity.text() + "」，其数字没有读入。";
            case DUPLICATE_ROW -> table + "的「" + oddity.text() + "」行出现了两次，只读入了第一次的数字。";
            case NO_HEADER -> table + "「" + oddity.text() + "」没有列名行（信息内容……），数字按规定的列顺序读入。";
        };
    }

    private static Finding error(List<String> cells, String message) {
        return Finding.error(RULE, cells, message);
    }

    private static List<String> rowCells(T3Row row) {
        return Arrays.stream(T3Column.values()).map(c -> Cells.t3(row, c)).toList();
    }

    /** The row as a handler finds it in the table: numbered items with their group, e.g. 「（六）其他处理 3.其他」. */
    static String rowName(T3Row row) {
        return row.level3() == null ? row.label() : row.level2() + " " + row.level3();
    }

    static String columnName(T3Column column) {
        return column.group() == null ? column.label() : column.group() + "·" + column.label();
    }

    private static String quoted(List<String> labels) {
        return labels.stream().map(l -> "「" + l + "」").collect(Collectors.joining("、"));
    }

    private static List<String> tableCells(Table table) {
        return Cells.all().stream()
                .filter(id -> ReportStructure.tableOf(id) == table)
                .toList();
    }

    private static String tableTitle(Table table) {
        return switch (table) {
            case T2 -> "主动公开政府信息情况";
            case T3 -> "收到和处理政府信息公开申请情况";
            case T4 -> "政府信息公开行政复议、行政诉讼情况";
        };
    }

    private static String number(Section section) {
        return section.heading().substring(0, 1);
    }
}
