package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Labels;
import cn.nianbao.report.format.Section;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six section headings as real reports write them: 「一、总体情况」, also 「一.总体情况」 or with spaces, and with the
 * variants seen in published reports (「五、存在问题及改进情况」, 「四、政府信息公开行政法复议、行政诉讼情况」). A heading
 * is a line of its own that starts with its section's numeral and is close to the official text; or, numbered with
 * another numeral (「四、存在的主要问题及改进情况」 after 「四、政府信息公开行政复议…」), a line much closer to one
 * section's text, which NUMBERING then reports.
 */
final class Headings {

    private static final int LONGEST = 40;
    private static final double CLOSE_ENOUGH = 0.5;
    /**
     * Stricter for a heading with another numeral: 「一、主动公开情况」 (0.6) or 「一、存在的主要问题」 (0.58), items inside a
     * section, are not taken for 「主动公开政府信息情况」 or 「存在的主要问题及改进情况」; 「存在问题及改进情况」 (0.75) is.
     */
    private static final double CLOSE_DESPITE_NUMERAL = 0.7;
    /** A Chinese numeral and the separator, after {@link Labels#normalize}: 「四、」 is 「四.」. */
    private static final Pattern NUMBERED = Pattern.compile("([一二三四五六七八九十]+)\\.(.+)");

    private Headings() {}

    static Optional<Section> sectionOf(Line line) {
        if (!line.isSingle()) {
            return Optional.empty();
        }
        String written = Labels.normalize(line.first());
        if (written.length() < 3 || written.length() > LONGEST || written.charAt(1) != '.') {
            return Optional.empty();
        }
        for (Section section : Section.values()) {
            String official = Labels.normalize(section.heading());
            if (written.charAt(0) == official.charAt(0)
                    && Labels.similarity(written.substring(2), official.substring(2)) >= CLOSE_ENOUGH) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** A section heading written with another section's numeral (or none of the six): the closest section. */
    static Optional<Section> misnumbered(Line line) {
        if (!line.isSingle()) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(Labels.normalize(line.first()));
        if (!m.matches() || m.group().length() > LONGEST) {
            return Optional.empty();
        }
        Section best = null;
        double closest = CLOSE_DESPITE_NUMERAL;
        for (Section section : Section.values()) {
            double similarity = Labels.similarity(m.group(2), words(section));
            if (similarity >= closest) {
                best = section;
                closest = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The official heading with the numeral as written (「四、存在的主要问题及改进情况」), so that LABEL compares the
     * words only and the numeral is NUMBERING's.
     */
    static String officialAsNumbered(Section section, Line line) {
        Matcher m = NUMBERED.matcher(Labels.normalize(line.first()));
        return m.matches() ? m.group(1) + section.heading().substring(1) : section.heading();
    }

    /** The heading's text after its numeral: 「总体情况」. */
    static String words(Section section) {
        return Labels.normalize(section.heading()).substring(2);
    }
}
