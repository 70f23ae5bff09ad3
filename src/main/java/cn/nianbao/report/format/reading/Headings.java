package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Labels;
import cn.nianbao.report.format.Section;
import java.util.Optional;

/**
 * The six section headings as real reports write them: 「一、总体情况」, also 「一.总体情况」 or with spaces, and with the
 * variants seen in published reports (「五、存在问题及改进情况」, 「四、政府信息公开行政法复议、行政诉讼情况」). A heading
 * is a line of its own that starts with its section's numeral and is close to the official text.
 */
final class Headings {

    private static final int LONGEST = 40;
    private static final double CLOSE_ENOUGH = 0.5;

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
}
