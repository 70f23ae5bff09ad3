package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.CheckSubject;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportStructure;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A published report as read: agency and year from its title line, the format it follows, its sections and the
 * figures that could be read (cells that could not be read are absent from the tables), and what was found.
 */
public record ReadReport(
        Optional<String> agency,
        OptionalInt year,
        FormatVersion format,
        ReportContent content,
        ReportStructure structure) {

    /** What the full check needs. */
    public CheckSubject subject() {
        return new CheckSubject(content, year, structure);
    }
}
