package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.CheckSubject;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportStructure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A published report as read: agency and year from its title line, the format it follows, its sections and the
 * figures that could be read (cells that could not be read are absent from the tables), what was found, and the
 * notes some cells carry besides their number (「12（其中修订5件）」 is read as 12, its note 「其中修订5件」), by cell id.
 */
public record ReadReport(
        Optional<String> agency,
        OptionalInt year,
        FormatVersion format,
        ReportContent content,
        ReportStructure structure,
        Map<String, String> notes) {

    public ReadReport {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** What the full check needs. */
    public CheckSubject subject() {
        return new CheckSubject(content, year, structure);
    }
}
