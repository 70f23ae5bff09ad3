package cn.nianbao.report.ui;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
        Map<String, String> marks = new HashMap<>();
        findings.stream().filter(f -> !f.isError()).forEach(f -> f.cells().forEach(c -> marks.put(c, "cell-warning")));
        findings.stream().filter(Finding::isError).forEach(f -> f.cells().forEach(c -> marks.put(c, "cell-error")));
        addClassName("report-document");
        add(new H2(title));
        for (Section section : Section.values()) {
            add(new H3(section.heading()));
            PlainText.paragraphs(content.text(section)).forEach(line -> add(new Paragraph(line)));
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
