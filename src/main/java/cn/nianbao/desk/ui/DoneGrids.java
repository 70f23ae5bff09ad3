package cn.nianbao.desk.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.ActedStep;
import cn.nianbao.report.ListFilter;
import cn.nianbao.report.PersonalLists;
import cn.nianbao.report.ReportSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;

/**
 * The three grids of {@link DoneView}, fetched lazily a page at a time without counting (a grid scrolls on while a page
 * comes back full), so a desk with many years of steps costs one statement per page.
 */
class DoneGrids {

    static final String DELEGATED_OUT = "委派中";

    private final PersonalLists lists;
    /** The 已办 entries of delegations not back yet. */
    private final Set<Long> delegationsOut;

    private final Grid<ActedStep> acted = new Grid<>();
    private final Grid<ReportSummary> started = new Grid<>();
    private final Grid<ReportSummary> finished = new Grid<>();

    DoneGrids(PersonalLists lists, Set<Long> delegationsOut) {
        this.lists = lists;
        this.delegationsOut = delegationsOut;
        acted.setId("done-acted");
        acted.addComponentColumn(s -> link(s.reportId(), s.agencyName() + " " + s.reportLabel()))
                .setHeader("报告")
                .setKey("report")
                .setAutoWidth(true)
                .setFlexGrow(3);
        acted.addColumn(s -> s.step().label()).setHeader("环节");
        acted.addColumn(s -> s.action().label()).setHeader("办理").setKey("action");
        acted.addColumn(s -> s.opinion() == null ? "" : s.opinion())
                .setHeader("意见")
                .setFlexGrow(3);
        acted.addColumn(s -> ChinaTime.MINUTES.format(s.occurredAt()))
                .setHeader("办理时间")
                .setAutoWidth(true);
        // auto width: 委派中（分管领导审核） must not be cut to 委派中（分…
        acted.addColumn(this::whereNow)
                .setHeader("当前状态")
                .setKey("now")
                .setAutoWidth(true)
                .setFlexGrow(0);
        summaryColumns(started, "done-started");
        summaryColumns(finished, "done-finished");
    }

    Grid<ActedStep> acted() {
        return acted;
    }

    Grid<ReportSummary> started() {
        return started;
    }

    Grid<ReportSummary> finished() {
        return finished;
    }

    void show(ListFilter filter) {
        acted.setItems(query -> lists.acted(filter, query.getPage(), query.getPageSize()).stream());
        started.setItems(query -> lists.started(filter, query.getPage(), query.getPageSize()).stream());
        finished.setItems(query -> lists.finished(filter, query.getPage(), query.getPageSize()).stream());
    }

    private String whereNow(ActedStep step) {
        return delegationsOut.contains(step.historyId())
                ? DELEGATED_OUT + "（" + step.whereNow() + "）"
                : step.whereNow();
    }

    private static void summaryColumns(Grid<ReportSummary> grid, String id) {
        grid.setId(id);
        grid.addComponentColumn(r -> link(r.id(), r.agencyName() + " " + r.yearLabel()))
                .setHeader("报告")
                .setAutoWidth(true)
                .setFlexGrow(3);
        grid.addColumn(r -> r.stage().label(r.edition())).setHeader("当前环节").setKey("stage");
        grid.addColumn(r -> ChinaTime.MINUTES.format(r.updatedAt())).setHeader("最近更新");
    }

    private static RouterLink link(long reportId, String text) {
        return new RouterLink(text, ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));
    }
}
