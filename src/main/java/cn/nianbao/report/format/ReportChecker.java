package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the arithmetic cross-checks (勾稽关系) of FORMAT.md §5.1 and §5.2 on one report: T3-ID, T3-ROWSUM,
 * T3-RESULTS, T4-REVIEW, T4-DIRECT, T4-AFTER and DOMAIN. Every finding names the cells and the numbers involved.
 */
public final class ReportChecker {

    /** Fees are reported in 万元 with at most six decimals, as real reports do. */
    public static final int MAX_FEE_SCALE = 6;

    /** Larger than any agency's yearly figure, and small enough to sum without overflow. */
    public static final BigDecimal MAX_VALUE = new BigDecimal("99999999");

    public List<Finding> check(ReportTables tables) {
        List<Finding> findings = new ArrayList<>();
        checkDomain(tables, findings);
        checkRowSums(tables, findings);
        checkResults(tables, findings);
        checkIdentity(tables, findings);
        checkTable4(tables, findings);
        return findings;
    }

    private void checkDomain(ReportTables tables, List<Finding> findings) {
        for (String cellId : Cells.all()) {
            BigDecimal value = tables.value(cellId);
            if (value.signum() < 0) {
                findings.add(Finding.error(
                        "DOMAIN", List.of(cellId), cellName(cellId) + "为 " + value.toPlainString() + "，不能为负数。"));
            } else if (value.compareTo(MAX_VALUE) > 0) {
                findings.add(Finding.error(
                        "DOMAIN",
                        List.of(cellId),
                        cellName(cellId) + "为 " + value.toPlainString() + "，数值过大（最大 " + MAX_VALUE.toPlainString()
                                + "）。"));
            } else if (Cells.kindOf(cellId) == CellKind.COUNT
                    && value.stripTrailingZeros().scale() > 0) {
                findings.add(Finding.error(
                        "DOMAIN", List.of(cellId), cellName(cellId) + "为 " + value.toPlainString() + "，件数必须是整数。"));
            } else if (value.stripTrailingZeros().scale() > MAX_FEE_SCALE) {
                findings.add(
                        Finding.error("DOMAIN", List.of(cellId), cellName(cellId) + "最多保留 " + MAX_FEE_SCALE + " 位小数。"));
            }
        }
    }

    private void checkRowSums(ReportTables tables, List<Finding> findings) {
        for (T3Row row : T3Row.values()) {
            long sum = T3Column.applicantColumns().stream()
                    .mapToLong(c -> tables.t3(row, c))
                    .sum();
            long total = tables.t3(row, T3Column.TOTAL);
            if (sum != total) {
                List<String> cells = new ArrayList<>();
                T3Column.applicantColumns().forEach(c -> cells.add(Cells.t3(row, c)));
                cells.add(Cells.t3(row, T3Column.TOTAL));
                findings.add(Finding.error(
                        "T3-ROWSUM",
                        cells,
                        "表三「" + row.label() + "」行：总计为 " + total + "，但自然人与法人或其他组织各列之和为 " + sum + "。"));
            }
        }
    }

    private void checkResults(ReportTables tables, List<Finding> findings) {
        for (T3Column column : T3Column.values()) {
            long sum = T3Row.resultLeaves().stream()
                    .mapToLong(r -> tables.t3(r, column))
                    .sum();
            long total = tables.t3(T3Row.RESULT_TOTAL, column);
            if (sum != total) {
                List<String> cells = new ArrayList<>();
                T3Row.resultLeaves().forEach(r -> cells.add(Cells.t3(r, column)));
                cells.add(Cells.t3(T3Row.RESULT_TOTAL, column));
                findings.add(Finding.error(
                        "T3-RESULTS",
                        cells,
                        "表三「" + column.label() + "」列：（七）总计为 " + total + "，但（一）至（六）各项办理结果之和为 " + sum + "。"));
            }
        }
    }

    private void checkIdentity(ReportTables tables, List<Finding> findings) {
        for (T3Column column : T3Column.values()) {
            long received = tables.t3(T3Row.NEW, column) + tables.t3(T3Row.CARRY_IN, column);
            long handled = tables.t3(T3Row.RESULT_TOTAL, column) + tables.t3(T3Row.CARRY_OUT, column);
            if (received != handled) {
                findings.add(Finding.error(
                        "T3-ID",
                        List.of(
                                Cells.t3(T3Row.NEW, column), Cells.t3(T3Row.CARRY_IN, column),
                                Cells.t3(T3Row.RESULT_TOTAL, column), Cells.t3(T3Row.CARRY_OUT, column)),
                        "表三「" + column.label() + "」列：本年新收 " + tables.t3(T3Row.NEW, column) + " + 上年结转 "
                                + tables.t3(T3Row.CARRY_IN, column) + " = " + received + "，应等于办理结果总计 "
                                + tables.t3(T3Row.RESULT_TOTAL, column) + " + 结转下年度 "
                                + tables.t3(T3Row.CARRY_OUT, column) + " = " + handled + "。"));
            }
        }
    }

    private void checkTable4(ReportTables tables, List<Finding> findings) {
        for (T4Group group : T4Group.values()) {
            long sum = 0;
            List<String> cells = new ArrayList<>();
            for (T4Column column : T4Column.values()) {
                cells.add(Cells.t4(group, column));
                if (column != T4Column.TOTAL) {
                    sum += tables.t4(group, column);
                }
            }
            long total = tables.t4(group, T4Column.TOTAL);
            if (sum != total) {
                findings.add(Finding.error(
                        ruleOf(group),
                        cells,
                        "表四「" + groupName(group) + "」：总计为 " + total + "，但结果维持、结果纠正、其他结果、尚未审结之和为 " + sum + "。"));
            }
        }
    }

    private static String ruleOf(T4Group group) {
        return switch (group) {
            case REVIEW -> "T4-REVIEW";
            case LIT_DIRECT -> "T4-DIRECT";
            case LIT_AFTER -> "T4-AFTER";
        };
    }

    private static String groupName(T4Group group) {
        return group == T4Group.REVIEW ? group.label() : T4Group.LITIGATION + "（" + group.label() + "）";
    }

    /** A cell as a handler would name it: table, row and column. */
    public static String cellName(String cellId) {
        for (T2Cell cell : T2Cell.values()) {
            if (cell.id().equals(cellId)) {
                return "表二「" + cell.rowLabel() + "·" + cell.columnLabel() + "」";
            }
        }
        for (T3Row row : T3Row.values()) {
            for (T3Column column : T3Column.values()) {
                if (Cells.t3(row, column).equals(cellId)) {
                    return "表三「" + row.label() + "·" + column.label() + "」";
                }
            }
        }
        for (T4Group group : T4Group.values()) {
            for (T4Column column : T4Column.values()) {
                if (Cells.t4(group, column).equals(cellId)) {
                    return "表四「" + groupName(group) + "·" + column.label() + "」";
                }
            }
        }
        return cellId;
    }
}
