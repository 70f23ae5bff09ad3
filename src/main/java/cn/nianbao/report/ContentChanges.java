package cn.nianbao.report;

import cn.nianbao.report.format.Section;
import java.util.List;

/**
 * What changed between two versions of a report: the text of each changed section as marked segments, and every
 * changed cell as old → new. Plain data: the screens escape it when they show it.
 */
public record ContentChanges(String since, List<TextChange> texts, List<CellChange> cells) {

    public boolean isEmpty() {
        return texts.isEmpty() && cells.isEmpty();
    }

    public enum Mark {
        SAME,
        ADDED,
        REMOVED
    }

    public record Segment(Mark mark, String text) {}

    public record TextChange(Section section, List<Segment> segments) {}

    public record CellChange(String cellId, String label, String before, String after) {}
}
