package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.ListFilter;
import cn.nianbao.report.PersonalLists;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 已办 as an OA desk has it, in three tabs: 已办 (every step the person acted on, newest first, where the report is
 * now, a delegation still out marked 委派中), 我发起的 (the reports they drafted or corrected) and 办结 (the published
 * reports). Each grid fetches a page at a time as it scrolls; the year and stage filters apply to all three.
 */
@Route("done")
@PageTitle("已办 · 年报")
@Menu(order = 0.5, title = "已办")
@RolesAllowed({
    RoleNames.HANDLER,
    RoleNames.SECRECY_REVIEWER,
    RoleNames.SUPERVISOR,
    RoleNames.LEAD,
    RoleNames.COORDINATOR
})
public class DoneView extends VerticalLayout {

    /** The 条例 has required the report since the 2008 reporting year. */
    static final int FIRST_YEAR = 2008;

    static final String ALL_YEARS = "全部年度";
    static final String ALL_STAGES = "全部环节";

    private final Select<Integer> year = new Select<>();
    private final Select<ReportStage> stage = new Select<>();
    private final DoneGrids grids;

    DoneView(PersonalLists lists, ReportWorkflow workflow, Clock clock) {
        Set<Long> delegatedOut =
                workflow.delegatedByMe().stream().map(WorkItem::reportId).collect(Collectors.toSet());
        grids = new DoneGrids(lists, lists.delegationsStillOut(delegatedOut));
        setSizeFull();
        add(new H2("已办"), filters(LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear()));
        TabSheet tabs = new TabSheet();
        tabs.setId("done-tabs");
        tabs.setSizeFull();
        tabs.add("已办", grids.acted()).setId("done-tab-acted");
        tabs.add("我发起的", grids.started()).setId("done-tab-started");
        tabs.add("办结", grids.finished()).setId("done-tab-finished");
        add(tabs);
        setFlexGrow(1, tabs);
        grids.show(ListFilter.ALL);
    }

    private HorizontalLayout filters(int thisYear) {
        year.setId("done-year");
        year.setLabel("报告年度");
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, thisYear)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(ALL_YEARS);
        year.setItemLabelGenerator(y -> y == null ? ALL_YEARS : y + " 年度");
        stage.setId("done-stage");
        stage.setLabel("当前环节");
        stage.setItems(List.of(ReportStage.values()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(ALL_STAGES);
        stage.setItemLabelGenerator(s -> s == null ? ALL_STAGES : s.label());
        year.addValueChangeListener(e -> grids.show(filter()));
        stage.addValueChangeListener(e -> grids.show(filter()));
        return new HorizontalLayout(year, stage);
    }

    private ListFilter filter() {
        return new ListFilter(year.getValue(), stage.getValue());
    }
}
