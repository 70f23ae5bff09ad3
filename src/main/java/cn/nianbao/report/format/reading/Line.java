package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Labels;
import java.util.List;

/**
 * One line of a report as the reader sees it: a paragraph (one cell) or a table row (its cells in grid order, empty
 * where a merged cell from the left or above covers the place).
 */
record Line(int index, List<String> cells) {

    Line {
        cells = cells.stream().map(Line::clean).toList();
    }

    List<String> nonEmpty() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    /** A line of one non-empty cell: a paragraph, a heading, or a caption. */
    boolean isSingle() {
        return nonEmpty().size() == 1;
    }

    String first() {
        return nonEmpty().isEmpty() ? "" : nonEmpty().getFirst();
    }

    boolean has(String label) {
        return cells.stream().anyMatch(c -> Labels.same(c, label));
    }

    /** The cells joined by a tab, as in the plain-text form. */
    String text() {
        return String.join("\t", cells).strip();
    }

    private static String clean(String cell) {
        return cell.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }
}
