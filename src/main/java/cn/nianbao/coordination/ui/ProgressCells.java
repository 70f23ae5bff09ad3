package cn.nianbao.coordination.ui;

import cn.nianbao.coordination.AgencyProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** The cells of 辖区进度's list that are more than text: the time left or how it was published, the report's link. */
final class ProgressCells {

    private ProgressCells() {}

    static Component daysLeft(AgencyProgress p) {
        if (p.published()) {
            Span standing = new Span(
                    p.publicationStanding() + (p.corrections().isEmpty() ? "" : "；" + p.correctionsPublished()));
            standing.addClassName(p.publication().filter(t -> t.late()).isPresent() ? "published-late" : "published");
            return standing;
        }
        Span days = new Span(p.timeLeft());
        days.addClassName(p.overdue() ? "overdue-days" : "days-left");
        return days;
    }

    static Component link(AgencyProgress p) {
        return p.reportId() == null ? new Span("") : new Anchor("reports/" + p.reportId(), "查看");
    }
}
