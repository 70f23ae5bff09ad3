package cn.nianbao.report.ui;

import cn.nianbao.report.ContentChanges;
import cn.nianbao.report.ContentChanges.CellChange;
import cn.nianbao.report.ContentChanges.Segment;
import cn.nianbao.report.ContentChanges.TextChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/**
 * What changed between two versions: each changed section with added and removed text marked, each changed cell as
 * old → new. Every piece of text goes in as text, never as HTML, so a report's own markup shows as typed.
 */
public class ChangesPanel extends Div {

    public ChangesPanel(String heading, ContentChanges changes) {
        addClassName("changes");
        setId("changes");
        add(new H3(heading), new Paragraph("对照：" + changes.since()));
        if (changes.isEmpty()) {
            Paragraph none = new Paragraph("没有修改。");
            none.setId("no-changes");
            add(none);
            return;
        }
        for (TextChange text : changes.texts()) {
            Div body = new Div();
            body.addClassName("diff-text");
            body.getElement().setAttribute("data-section", text.section().name());
            text.segments().forEach(segment -> body.add(span(segment)));
            add(new H4(text.section().heading()), body);
        }
        if (!changes.cells().isEmpty()) {
            UnorderedList cells = new UnorderedList();
            cells.setId("cell-changes");
            for (CellChange cell : changes.cells()) {
                Span before = new Span(cell.before());
                before.addClassName("before");
                Span after = new Span(cell.after());
                after.addClassName("after");
                ListItem item = new ListItem(new Span(cell.label() + "："), before, new Span(" → "), after);
                item.addClassName("cell-change");
                item.getElement().setAttribute("data-cell", cell.cellId());
                cells.add(item);
            }
            add(new H4("表格数据"), cells);
        }
    }

    private static Span span(Segment segment) {
        Span span = new Span(segment.text());
        span.addClassName("diff-" + segment.mark().name().toLowerCase(Locale.ROOT));
        switch (segment.mark()) {
            case ADDED -> span.getElement().setAttribute("title", "新增");
            case REMOVED -> span.getElement().setAttribute("title", "删除");
            default -> {}
        }
        return span;
    }
}
