package cn.nianbao.report.ui;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.TextSpan;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A section's text as paragraphs with passages marked ({@code <span class="marked-passage" id="passage-3">}), so that
 * a list of findings beside it can point at them. A span's offsets are into the stored text, while the page shows it
 * normalised and line by line: a passage is found again as the same occurrence of its words (the second 「内部资料」
 * of the section is the second one shown). A passage not found is simply not marked.
 */
final class MarkedParagraphs {

    static final String ID_PREFIX = "passage-";

    private MarkedParagraphs() {}

    /** {@code spans}: index in the document's list of passages (the element id) to the span, all of this section. */
    static List<Paragraph> of(String stored, Map<Integer, TextSpan> spans) {
        List<String> lines = PlainText.paragraphs(stored);
        List<TreeMap<Integer, int[]>> marks = new ArrayList<>();
        lines.forEach(line -> marks.add(new TreeMap<>()));
        spans.forEach((index, span) -> place(stored, lines, marks, index, span));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            paragraphs.add(paragraph(lines.get(i), marks.get(i)));
        }
        return paragraphs;
    }

    private static void place(
            String stored, List<String> lines, List<TreeMap<Integer, int[]>> marks, int index, TextSpan span) {
        if (span.end() > stored.length() || span.end() == span.start()) {
            return;
        }
        String passage = stored.substring(span.start(), span.end());
        int occurrence = occurrencesBefore(stored, passage, span.start());
        for (int i = 0; i < lines.size(); i++) {
            int from = lines.get(i).indexOf(passage);
            while (from >= 0) {
                if (occurrence-- == 0) {
                    mark(marks.get(i), from, from + passage.length(), index);
                    return;
                }
                from = lines.get(i).indexOf(passage, from + passage.length());
            }
        }
    }

    /** A passage overlapping one marked already (two findings on the same words) is not marked twice. */
    private static void mark(TreeMap<Integer, int[]> marks, int start, int end, int index) {
        if (marks.entrySet().stream().noneMatch(m -> m.getKey() < end && start < m.getValue()[0])) {
            marks.put(start, new int[] {end, index});
        }
    }

    private static int occurrencesBefore(String text, String passage, int start) {
        int count = 0;
        for (int at = text.indexOf(passage); at >= 0 && at < start; at = text.indexOf(passage, at + passage.length())) {
            count++;
        }
        return count;
    }

    private static Paragraph paragraph(String line, TreeMap<Integer, int[]> marks) {
        if (marks.isEmpty()) {
            return new Paragraph(line);
        }
        Paragraph paragraph = new Paragraph();
        int at = 0;
        for (Map.Entry<Integer, int[]> mark : marks.entrySet()) {
            if (mark.getKey() > at) {
                paragraph.add(new Text(line.substring(at, mark.getKey())));
            }
            Span passage = new Span(line.substring(mark.getKey(), mark.getValue()[0]));
            passage.addClassName("marked-passage");
            passage.setId(ID_PREFIX + mark.getValue()[1]);
            paragraph.add(passage);
            at = mark.getValue()[0];
        }
        if (at < line.length()) {
            paragraph.add(new Text(line.substring(at)));
        }
        return paragraph;
    }
}
