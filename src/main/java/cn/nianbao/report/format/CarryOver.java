package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What a new year's report takes over from last year's (FORMAT.md §5.3): 上年结转 is last year's 结转下年度继续办理,
 * column by column, and 现行有效件数 starts from last year's, to which this year's 制发 and 废止 then apply.
 * The text is not carried over: every year's prose is written anew.
 */
public final class CarryOver {

    private CarryOver() {}

    public static ReportContent from(ReportContent last) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (T3Column column : T3Column.values()) {
            cells.put(Cells.t3(T3Row.CARRY_IN, column), last.tables().value(Cells.t3(T3Row.CARRY_OUT, column)));
        }
        cells.put(T2Cell.RULES_VALID.id(), last.tables().value(T2Cell.RULES_VALID.id()));
        cells.put(T2Cell.NORMATIVE_VALID.id(), last.tables().value(T2Cell.NORMATIVE_VALID.id()));
        return new ReportContent(Map.of(), new ReportTables(cells));
    }
}
