package cn.nianbao.report.ui;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.TextSpan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A report as reviewers read it: the six sections in order and the three tables in the official layout. */
public class ReportDocument extends Div {

    public ReportDocument(String title, ReportContent content) {
        this(title, content, List.of());
    }

    /** The report with the cells that findings concern marked (errors before warnings). */
    public ReportDocument(String title, ReportContent content, List<Finding> findings) {
        this(title, content, findings, List.of());
    }

    /**
     * The report with {@code passages} of the text marked, each with the id 「passage-N」 (N its index in the list),
     * for a list of findings beside the text to scroll to ({@link #passageId}).
     */
    public static ReportDocument withPassages(String title, ReportContent content, List<TextSpan> passages) {
        return new ReportDocument(title, content, List.of(), passages);
    }

    public static String passageId(int index) {
        return MarkedParagraphs.ID_PREFIX + index;
    }

    private ReportDocument(String title, ReportContent content, List<Finding> findings, List<TextSpan> passages) {
        Map<String, String> marks = new HashMap<>();
        findings.stream().filter(f -> !f.isError()).forEach(f -> f.cells().forEach(c -> marks.put(c, "cell-warning")));
        findings.stream().filter(Finding::isError).forEach(f -> f.cells().forEach(c -> marks.put(c, "cell-error")));
        addClassName("report-document");
        add(new H2(title));
        for (Section section : Section.values()) {
            add(new H3(section.heading()));
            Map<Integer, TextSpan> here = new HashMap<>();
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i).section() == section) {
                    here.put(i, passages.get(i));
                }
            }
            MarkedParagraphs.of(content.text(section), here).forEach(this::add);
            Function<String, String> value = cell -> value(content, cell, marks);
            switch (section) {
                case S2 -> add(OfficialTables.scrolling(OfficialTables.t2(value)));
                case S3 -> add(OfficialTables.scrolling(OfficialTables.t3(value)));
                case S4 -> add(OfficialTables.scrolling(OfficialTables.t4(value)));
                default -> {}
            }
        }
    }

    private static String value(ReportContent content, String cellId, Map<String, String> marks) {
        String printed = OfficialTables.escape(content.tables().printed(cellId));
        return marks.containsKey(cellId) ? "<span class=\"" + marks.get(cellId) + "\">" + printed + "</span>" : printed;
    }
}
