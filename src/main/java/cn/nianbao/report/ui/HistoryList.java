package cn.nianbao.report.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A report's history, oldest first: every step, who, when, and the opinion. */
public class HistoryList extends Div {

    public HistoryList(List<ReportHistoryItem> history) {
        addClassName("history");
        setId("history");
        add(new H3("办理记录"));
        for (ReportHistoryItem item : history) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            if (item.action() == HistoryAction.RETURNED) {
                entry.addClassName("returned");
            }
            entry.add(new Span(ChinaTime.MINUTES.format(item.occurredAt())), new Span(item.stage().label()),
                    new Span(item.actorName()), strong(item.action().label()));
            if (item.opinion() != null) {
                Div opinion = new Div("意见：" + item.opinion());
                opinion.addClassName("opinion");
                entry.add(opinion);
            }
            add(entry);
        }
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("action");
        return span;
    }
}
