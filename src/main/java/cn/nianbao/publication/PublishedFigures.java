package cn.nianbao.publication;

import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One year of an agency's reports with the figures people compare from year to year (an agency's reports side by
 * side): the applications received, carried in and out, handled, and the reviews and lawsuits. Either published here
 * ({@code publicationId}, its page on the portal) or 历史年报: published elsewhere before Nianbao and imported by the
 * agency's handler, with no page here ({@code publicationId} null).
 */
public record PublishedFigures(int year, Long publicationId, ReportTables tables) {

    static PublishedFigures published(PublishedReport entry, ReportTables tables) {
        return new PublishedFigures(entry.year(), entry.publicationId(), tables);
    }

    static PublishedFigures imported(int year, ReportTables tables) {
        return new PublishedFigures(year, null, tables);
    }

    public boolean isImported() {
        return publicationId == null;
    }

    /** The compared lines, label → figure, in the order of the official tables. */
    public Map<String, Long> headline() {
        Map<String, Long> lines = new LinkedHashMap<>();
        lines.put("本年新收政府信息公开申请", tables.t3(T3Row.NEW, T3Column.TOTAL));
        lines.put("上年结转", tables.t3(T3Row.CARRY_IN, T3Column.TOTAL));
        lines.put("本年度办理结果总计", tables.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL));
        lines.put("其中予以公开", tables.t3(T3Row.OPEN, T3Column.TOTAL));
        lines.put("结转下年度继续办理", tables.t3(T3Row.CARRY_OUT, T3Column.TOTAL));
        lines.put("行政复议", tables.t4(T4Group.REVIEW, T4Column.TOTAL));
        lines.put("行政诉讼", tables.t4(T4Group.LIT_DIRECT, T4Column.TOTAL) + tables.t4(T4Group.LIT_AFTER, T4Column.TOTAL));
        return lines;
    }
}
