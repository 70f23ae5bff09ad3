package cn.nianbao.report.ui;

import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A report as reviewers read it: the six sections in order and the three tables in the official layout. */
public class ReportDocument extends Div {

    public ReportDocument(String title, ReportContent content) {
        addClassName("report-document");
        add(new H2(title));
        for (Section section : Section.values()) {
            add(new H3(section.heading()));
            content.text(section).lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> add(new Paragraph(line)));
            Component table = switch (section) {
                case S2 -> OfficialTables.scrolling(OfficialTables.t2(cell -> value(content, cell)));
                case S3 -> OfficialTables.scrolling(OfficialTables.t3(cell -> value(content, cell)));
                case S4 -> OfficialTables.scrolling(OfficialTables.t4(cell -> value(content, cell)));
                default -> null;
            };
            if (table != null) {
                add(table);
            }
        }
    }

    private static Span value(ReportContent content, String cellId) {
        return new Span(content.tables().printed(cellId));
    }
}
