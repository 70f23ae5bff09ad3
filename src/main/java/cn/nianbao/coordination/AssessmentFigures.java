package cn.nianbao.coordination;

import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The figures an assessor (考核) takes from a report's tables, as they compute them: the applications received in the
 * year (表三 一、本年新收, 总计); the disclosure rate, (予以公开 + 部分公开) / 办结 (（七）总计); and the correction
 * rate of 行政复议, 结果纠正 / 结案 (维持 + 纠正 + 其他, the cases not yet decided left out). A rate is in percent to
 * one decimal, empty where there is nothing to divide by. For an area, the same ratios of the area's sums.
 */
public record AssessmentFigures(
        long applications, Optional<BigDecimal> disclosureRate, Optional<BigDecimal> correctionRate) {

    public static AssessmentFigures of(ReportTables tables) {
        ReportTables t = tables.withComputedTotals();
        long concluded = t.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL);
        long disclosed = t.t3(T3Row.OPEN, T3Column.TOTAL) + t.t3(T3Row.PARTIAL, T3Column.TOTAL);
        long decided = t.t4(T4Group.REVIEW, T4Column.UPHELD)
                + t.t4(T4Group.REVIEW, T4Column.CORRECTED)
                + t.t4(T4Group.REVIEW, T4Column.OTHER);
        return new AssessmentFigures(
                t.t3(T3Row.NEW, T3Column.TOTAL),
                percent(disclosed, concluded),
                percent(t.t4(T4Group.REVIEW, T4Column.CORRECTED), decided));
    }

    /** 85.7% / —: as the screen and the export print a rate. */
    public static String printed(Optional<BigDecimal> rate) {
        return rate.map(r -> r.toPlainString() + "%").orElse("—");
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
