package cn.nianbao.report.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;

/**
 * A report's timeline, oldest first: every action, who, when, the opinion, where a return went or to whom a task
 * was handed, and for submissions and decisions a link to what that version changed.
 */
public class HistoryList extends Div {

    public HistoryList(List<ReportHistoryItem> history) {
        this(0, history, Set.of());
    }

    /** With a link 「查看修改」 at every step in {@code versioned} (the steps that kept a version). */
    public HistoryList(long reportId, List<ReportHistoryItem> history, Set<Long> versioned) {
        addClassName("history");
        setId("history");
        add(new H3("办理记录"));
        for (ReportHistoryItem item : history) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            if (item.action() == HistoryAction.RETURNED || item.action() == HistoryAction.WITHDRAWN) {
                entry.addClassName("returned");
            }
            entry.add(
                    new Span(ChinaTime.MINUTES.format(item.occurredAt())),
                    new Span(item.stage().label()),
                    new Span(item.actorName()),
                    strong(item.action().label()));
            if (item.detail() != null) {
                entry.add(new Span(item.detail()));
            }
            if (versioned.contains(item.id())) {
                Anchor changes = new Anchor("reports/" + reportId + "/changes/" + item.id(), "查看修改");
                changes.addClassName("changes-link");
                entry.add(changes);
            }
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
