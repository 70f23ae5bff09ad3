package cn.nianbao.coordination.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.coordination.AgencyProgress;
import cn.nianbao.coordination.AreaCarryCheck;
import cn.nianbao.coordination.AreaExport;
import cn.nianbao.coordination.AreaFigures;
import cn.nianbao.coordination.AreaIndicators;
import cn.nianbao.coordination.AreaProgress;
import cn.nianbao.coordination.AreaUrging;
import cn.nianbao.coordination.BarChart;
import cn.nianbao.coordination.BarChart.Legend;
import cn.nianbao.coordination.FilingRules;
import cn.nianbao.coordination.StageChart;
import cn.nianbao.coordination.YearStart;
import cn.nianbao.deadline.WorkingCalendar;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * 辖区进度 (主管部门协调员): every agency below theirs × where its report on the year stands, working days to the due
 * date, overdue marked, and for a published one whether it was on time; filtered by status (or a click on the stage
 * chart) and name; charts; 催办; the exports; 考核指标; 先备案后公布; the agencies whose 上年结转 is not last year's
 * 结转下年度; and the year start. The year shown first is the reporting cycle (the year whose report is due next).
 */
@Route("area")
@PageTitle("辖区进度 · 年报")
@Menu(order = 1, title = "辖区进度")
@RolesAllowed(RoleNames.COORDINATOR)
public class AreaView extends VerticalLayout {

    static final String ALL = "全部";
    static final String OVERDUE = "逾期";
    static final List<String> STATUSES =
            Stream.concat(Stream.of(ALL, OVERDUE), StageChart.ORDER.stream()).toList();

    private final AreaProgress area;
    private final AreaUrging urging;
    private final AreaFigures figures;
    private final AreaCarryCheck carryCheck;
    private final YearStartPanel startYear;
    private final FilingPanel filing;
    private final IndicatorPanel assessment;
    private final CarryMismatchGrid mismatches = new CarryMismatchGrid();
    private final IntegerField year = new IntegerField("报告年度");
    private final Select<String> status = new Select<>();
    private final TextField name = new TextField("机关名称");
    private final Grid<AgencyProgress> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    // a click on a bar (or its label) of the stage chart filters the list to that status, as the select does
    private final ClickableBars chart = new ClickableBars(this::filterByBar);
    private final Svg byApplicant = new Svg();
    private final Svg byYear = new Svg();
    private List<AgencyProgress> rows = List.of();

    AreaView(
            AreaProgress area,
            AreaUrging urging,
            AreaCarryCheck carryCheck,
            YearStart yearStart,
            AreaFigures figures,
            FilingRules filingRules,
            ReportWorkflow workflow,
            WorkingCalendar calendar,
            AreaExport exports,
            AreaIndicators indicators) {
        this.figures = figures;
        this.area = area;
        this.urging = urging;
        this.carryCheck = carryCheck;
        this.startYear = new YearStartPanel(yearStart, year::getValue, this::load);
        this.filing = new FilingPanel(filingRules, workflow);
        this.assessment = new IndicatorPanel(indicators);
        year.setId("area-year");
        year.setValue(area.currentCycle());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> load());
        status.setId("area-status");
        status.setLabel("当前环节");
        status.setItems(STATUSES);
        status.setValue(ALL);
        status.addValueChangeListener(e -> filter());
        name.setId("area-name");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> filter());
        Button urgeAll = new Button("催办全部逾期机关", e -> urge(() -> urging.urgeAllLate(year.getValue())));
        urgeAll.setId("urge-all-late");
        urgeAll.addThemeVariants(ButtonVariant.PRIMARY);
        AreaExportLinks export = new AreaExportLinks(exports, year::getValue);
        HorizontalLayout filters = new HorizontalLayout(year, status, name, urgeAll, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("area-summary");
        chart.setId("area-chart");
        byApplicant.setId("area-by-applicant");
        byYear.setId("area-by-year");
        configureGrid();
        HorizontalLayout charts = new HorizontalLayout(chart, byApplicant, byYear);
        charts.setWrap(true);
        add(new H2("辖区进度"));
        calendar.missingYearWarning().ifPresent(text -> add(calendarWarning(text)));
        add(
                filters,
                startYear,
                filing,
                summary,
                charts,
                grid,
                assessment,
                new H3("跨年度核对：上年结转与上年报告「结转下年度继续办理」不一致的机关"),
                mismatches);
        load();
    }

    /** Next year's holidays not entered yet: the working days left are counted Monday to Friday. */
    private static Paragraph calendarWarning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.setId("area-calendar-warning");
        warning.addClassName("warning");
        return warning;
    }

    private void configureGrid() {
        grid.setId("area-progress");
        grid.addColumn(AgencyProgress::agencyName)
                .setHeader("机关")
                .setComparator(Comparator.comparing(AgencyProgress::agencyName))
                // an agency's name is what the coordinator reads first: never cut to 「温县教…」
                .setAutoWidth(true)
                .setFlexGrow(3);
        grid.addColumn(p -> p.kind().label()).setHeader("类型").setSortable(true).setAutoWidth(true);
        grid.addColumn(AgencyProgress::status)
                .setHeader("当前环节")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AgencyProgress::holding)
                .setHeader("办理人（自）")
                .setKey("holding")
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(p -> ChinaTime.DATE.format(p.dueDate()))
                .setHeader("截止日期")
                .setKey("dueDate")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(p -> "截止日期：" + ChinaTime.DATE.format(p.dueDate()))
                .setComparator(Comparator.comparing(AgencyProgress::dueDate));
        grid.addComponentColumn(ProgressCells::daysLeft)
                .setHeader("剩余工作日 / 发布情况")
                .setKey("daysLeft")
                .setAutoWidth(true)
                .setComparator(Comparator.comparing(AgencyProgress::daysLeft));
        grid.addComponentColumn(ProgressCells::link).setHeader("报告");
        grid.addComponentColumn(this::urgeButton).setHeader("催办");
        grid.setPartNameGenerator(p -> p.overdue() ? "overdue" : null);
        grid.setAllRowsVisible(true);
    }

    private void load() {
        if (year.getValue() == null) {
            return;
        }
        startYear.showYear(year.getValue());
        filing.showYear(year.getValue());
        assessment.showYear(year.getValue());
        rows = area.of(year.getValue());
        mismatches.setItems(carryCheck.of(year.getValue()));
        summary.setText(StageChart.summary(year.getValue(), rows));
        chart.setSvg(StageChart.svg(rows));
        byApplicant.setSvg(BarChart.svg(
                year.getValue() + " 年度新收申请（按申请人类型，已发布报告合计）",
                figures.receivedByApplicant(year.getValue()),
                type -> "#1565c0",
                List.of(new Legend("#1565c0", "新收申请数（件）"))));
        byYear.setSvg(BarChart.svg(
                "历年新收申请（已发布报告合计）",
                figures.receivedByYear(year.getValue()),
                label -> label.startsWith(String.valueOf(year.getValue())) ? "#2e7d32" : "#90a4ae",
                List.of(new Legend("#2e7d32", year.getValue() + " 年度"), new Legend("#90a4ae", "往年"))));
        filter();
    }

    private void filterByBar(String bar) {
        String wanted = StageChart.OVERDUE.equals(bar) ? OVERDUE : bar;
        if (STATUSES.contains(wanted)) {
            status.setValue(wanted);
        }
    }

    private void filter() {
        String wanted = status.getValue();
        String text = name.getValue().strip();
        grid.setItems(rows.stream()
                .filter(p -> ALL.equals(wanted)
                        || (OVERDUE.equals(wanted) ? p.overdue() : p.status().equals(wanted)))
                .filter(p -> text.isEmpty() || p.agencyName().contains(text))
                .toList());
        // auto widths are measured on the first rows only; another year's 「已导入（外部发布）」 would be cut
        grid.recalculateColumnWidths();
    }

    private Component urgeButton(AgencyProgress p) {
        if (p.published()) {
            return new Span("");
        }
        Button urge = new Button("催办", e -> urge(() -> urging.urge(p.agencyId(), year.getValue())));
        urge.addThemeVariants(ButtonVariant.SMALL);
        urge.addClassName("urge-agency");
        urge.getElement().setAttribute("data-agency", p.agencyName());
        return urge;
    }

    private void urge(IntSupplier action) {
        int[] reminded = new int[1];
        if (Feedback.run(() -> reminded[0] = action.getAsInt())) {
            Feedback.success(reminded[0] == 0 ? "没有需要催办的人员。" : "已催办 " + reminded[0] + " 人。");
        }
    }
}
