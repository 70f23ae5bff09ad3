package cn.nianbao.report;

import cn.nianbao.report.ContentChanges.CellChange;
import cn.nianbao.report.ContentChanges.Mark;
import cn.nianbao.report.ContentChanges.Segment;
import cn.nianbao.report.ContentChanges.TextChange;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a report. Text is compared character by character (Chinese has no spaces between
 * words); long unchanged stretches are shortened around the changes so that the changes stand out.
 */
final class ContentDiff {

    /** Unchanged characters kept on each side of a change. */
    static final int CONTEXT = 30;

    private ContentDiff() {}

    static ContentChanges between(String since, ReportContent before, ReportContent after) {
        List<TextChange> texts = new ArrayList<>();
        for (Section section : Section.values()) {
            String old = before.text(section);
            String now = after.text(section);
            if (!old.equals(now)) {
                texts.add(new TextChange(section, segments(old, now)));
            }
        }
        List<CellChange> cells = new ArrayList<>();
        for (String cellId : Cells.all()) {
            if (before.tables().value(cellId).compareTo(after.tables().value(cellId)) != 0) {
                cells.add(new CellChange(
                        cellId,
                        CellLabels.of(cellId),
                        before.tables().printed(cellId),
                        after.tables().printed(cellId)));
            }
        }
        return new ContentChanges(since, List.copyOf(texts), List.copyOf(cells));
    }

    static List<Segment> segments(String old, String now) {
        List<String> source = codePoints(old);
        List<String> target = codePoints(now);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
            int start = delta.getSource().getPosition();
            same(segments, String.join("", source.subList(position, start)), position == 0, false);
            add(segments, Mark.REMOVED, String.join("", delta.getSource().getLines()));
            add(segments, Mark.ADDED, String.join("", delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        same(segments, String.join("", source.subList(position, source.size())), position == 0, true);
        return List.copyOf(segments);
    }

    private static void same(List<Segment> segments, String text, boolean atStart, boolean atEnd) {
        int length = text.codePointCount(0, text.length());
        if (length > 2 * CONTEXT + 1) {
            String head = atStart ? "" : text.substring(0, text.offsetByCodePoints(0, CONTEXT));
            String tail = atEnd ? "" : text.substring(text.offsetByCodePoints(0, length - CONTEXT));
            text = head + "…" + tail;
        }
        add(segments, Mark.SAME, text);
    }

    private static void add(List<Segment> segments, Mark mark, String text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(mark, text));
        }
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
