package cn.nianbao.report.format;

import java.util.OptionalInt;

/**
 * A report as the full check sees it: its content, the year it is about (if known) and its structure as found
 * (the {@link ReportStructure#complete() complete} structure for a report drafted in this system).
 */
public record CheckSubject(ReportContent content, OptionalInt year, ReportStructure structure) {

    /** A report drafted in this system: every heading, table and cell is there by construction. */
    public static CheckSubject drafted(ReportContent content, OptionalInt year) {
        return new CheckSubject(content, year, ReportStructure.complete());
    }
}
