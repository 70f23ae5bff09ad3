package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cross-year rules of FORMAT.md §5.3, between this year's report and last year's report of the same agency.
 * All warnings: real reports re-count, and 规范性文件 clean-ups change 现行有效件数 in ways the figures do not show.
 * <ul>
 * <li>XY-CARRY: 上年结转 of each column is last year's 结转下年度继续办理;</li>
 * <li>XY-VALID: 现行有效件数 is last year's plus 本年制发件数 minus 本年废止件数 (规章, 行政规范性文件);</li>
 * <li>XY-REPEALED: 本年废止件数 is at most last year's 现行有效件数 plus 本年制发件数.</li>
 * </ul>
 */
public final class CrossYearRule {

    public List<Finding> check(ReportTables thisYear, ReportTables lastYear) {
        List<Finding> findings = new ArrayList<>();
        for (T3Column column : carryMismatches(thisYear, lastYear)) {
            long carriedIn = thisYear.t3(T3Row.CARRY_IN, column);
            long carriedOut = lastYear.t3(T3Row.CARRY_OUT, column);
            findings.add(Finding.warning(
                    "XY-CARRY",
                    List.of(Cells.t3(T3Row.CARRY_IN, column)),
                    "表三「" + T3Row.CARRY_IN.label() + "·" + column.label() + "」为 " + carriedIn
                            + "，上年报告「" + T3Row.CARRY_OUT.label() + "·" + column.label() + "」为 " + carriedOut
                            + "，两者应相等。"));
        }
        checkDocuments(T2Cell.RULES_ISSUED, T2Cell.RULES_REPEALED, T2Cell.RULES_VALID, thisYear, lastYear, findings);
        checkDocuments(
                T2Cell.NORMATIVE_ISSUED,
                T2Cell.NORMATIVE_REPEALED,
                T2Cell.NORMATIVE_VALID,
                thisYear,
                lastYear,
                findings);
        return findings;
    }

    /** XY-CARRY: the columns of table 3 whose 上年结转 is not last year's 结转下年度继续办理. */
    public static List<T3Column> carryMismatches(ReportTables thisYear, ReportTables lastYear) {
        return Arrays.stream(T3Column.values())
                .filter(c -> thisYear.t3(T3Row.CARRY_IN, c) != lastYear.t3(T3Row.CARRY_OUT, c))
                .toList();
    }

    private static void checkDocuments(
            T2Cell issuedCell,
            T2Cell repealedCell,
            T2Cell validCell,
            ReportTables thisYear,
            ReportTables lastYear,
            List<Finding> findings) {
        long lastValid = lastYear.count(validCell.id());
        long issued = thisYear.count(issuedCell.id());
        long repealed = thisYear.count(repealedCell.id());
        long valid = thisYear.count(validCell.id());
        String row = validCell.rowLabel();
        if (valid != lastValid + issued - repealed) {
            findings.add(Finding.warning(
                    "XY-VALID",
                    List.of(validCell.id(), issuedCell.id(), repealedCell.id()),
                    "表二「" + row + "·现行有效件数」为 " + valid + "，但上年现行有效 " + lastValid + " + 本年制发 " + issued + " − 本年废止 "
                            + repealed + " = " + (lastValid + issued - repealed) + "。"));
        }
        if (repealed > lastValid + issued) {
            findings.add(Finding.warning(
                    "XY-REPEALED",
                    List.of(repealedCell.id(), issuedCell.id()),
                    "表二「" + row + "·本年废止件数」为 " + repealed + "，多于上年现行有效 " + lastValid + " 与本年制发 " + issued + " 之和 "
                            + (lastValid + issued) + "。"));
        }
    }
}
