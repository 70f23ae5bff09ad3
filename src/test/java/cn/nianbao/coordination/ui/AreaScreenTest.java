package cn.nianbao.coordination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.coordination.AgencyAssessment;
import cn.nianbao.coordination.AgencyProgress;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/** 辖区进度: the coordinator starts the year for the departments below with one button. */
class AreaScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_coordinator_starts_the_year_and_sees_the_departments_in_drafting() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        login(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), 2025);
        Button start = _get(Button.class, spec -> spec.withId("area-start-year"));
        assertThat(start.getText()).isEqualTo("开始 2025 年度报告");

        _click(start);

        assertThat(_get(Paragraph.class, spec -> spec.withId("area-start-plan")).getText())
                .as("asked first, with what will be created and whose draft it becomes")
                .contains("将为 1 个机关创建 2025 年度报告：" + department.name() + "（起草：");
        assertThat(rows())
                .filteredOn(p -> p.agencyName().equals(department.name()))
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("未开始"));
        _click(_get(Button.class, spec -> spec.withId("area-start-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("area-start-result"))
                        .getText())
                .startsWith("已为 1 个机关创建 2025 年度报告；0 个机关已有报告");
        AgencyProgress row = rows().stream()
                .filter(p -> p.agencyName().equals(department.name()))
                .findFirst()
                .orElseThrow();
        assertThat(row.status()).isEqualTo("起草");
        assertThat(journey.taskOf(department.handler(), row.reportId()).reportTitle())
                .contains(department.name());

        _click(start);

        assertThat(_get(Paragraph.class, spec -> spec.withId("area-start-result"))
                        .getText())
                .startsWith("已为 0 个机关创建 2025 年度报告；1 个机关已有报告");
    }

    @Test
    void cancelling_the_confirmation_creates_nothing() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        login(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), 2025);

        _click(_get(Button.class, spec -> spec.withId("area-start-year")));
        _click(_get(Button.class, spec -> spec.withId("area-start-cancel")));

        assertThat(rows())
                .filteredOn(p -> p.agencyName().equals(department.name()))
                .singleElement()
                .satisfies(p -> assertThat(p.stage()).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withId("area-start-result"))
                        .getText())
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_late_publication_shows_in_the_list_and_the_summary_counts_like_the_titled_chart() {
        TestCounty county = testAgencies.createCounty();
        TestAgency late = testAgencies.createBelow(county.id());
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));
        journey.published(late, 2025, ReportJourney.texts("总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        clock.reset();
        login(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), 2025);

        Grid<AgencyProgress> grid = _get(Grid.class, spec -> spec.withId("area-progress"));
        int lateRow = rows().indexOf(rows().stream()
                .filter(p -> p.agencyName().equals(late.name()))
                .findFirst()
                .orElseThrow());
        assertThat(((Span) GridKt._getCellComponent(grid, lateRow, "daysLeft")).getText())
                .isEqualTo("逾期 4 个工作日发布");
        assertThat(grid.getColumnByKey("dueDate").isAutoWidth())
                .as("截止日期 is not cut off")
                .isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("area-summary")).getText())
                .startsWith("2025 年度：共 2 个机关，已发布 1 个，更正中 0 个，未发布 1 个");
        String chart =
                _get(Svg.class, spec -> spec.withId("area-chart")).getElement().getProperty("innerHTML");
        assertThat(chart)
                .contains("class=\"chart-title\"")
                .contains(">各环节机关数</text>")
                .contains("data-legend=\"已发布\"")
                .contains("data-label=\"已发布\" data-value=\"1\"");

        clickBar("已发布");
        assertThat(GridKt._fetch(grid, 0, 10))
                .as("a click on the 已发布 bar filters the list, as the select does")
                .extracting(AgencyProgress::agencyName)
                .containsExactly(late.name());
        assertThat(_get(Select.class, spec -> spec.withId("area-status")).getValue())
                .isEqualTo("已发布");
        clickBar("其中逾期");
        assertThat(GridKt._fetch(grid, 0, 10))
                .extracting(AgencyProgress::agencyName)
                .as("the county has not started its 2025 report, due 31 March 2026; the department is published")
                .containsExactly(county.name());
        clickBar("未开始");
        assertThat(GridKt._fetch(grid, 0, 10))
                .extracting(AgencyProgress::agencyName)
                .containsExactly(county.name());
    }

    private static void clickBar(String label) {
        Element chart = _get(Svg.class, spec -> spec.withId("area-chart")).getElement();
        ElementUtilsKt._fireDomEvent(
                chart,
                new DomEvent(
                        chart,
                        "click",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put(ClickableBars.ON_A_BAR, true)
                                .put(ClickableBars.BAR_LABEL, label)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_assessment_marks_an_agency_far_from_the_area_and_the_coordinator_moves_the_threshold() {
        TestCounty county = testAgencies.createCounty();
        TestAgency open = testAgencies.createBelow(county.id());
        TestAgency closed = testAgencies.createBelow(county.id());
        journey.published(
                open,
                2025,
                ReportJourney.texts("总体情况。"),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(4),
                        Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4)));
        journey.published(
                closed,
                2025,
                ReportJourney.texts("总体情况。"),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(4),
                        Cells.t3(T3Row.UNABLE_1, T3Column.NP), BigDecimal.valueOf(4)));
        login(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), 2025);

        assertThat(_get(Paragraph.class, spec -> spec.withId("indicator-area")).getText())
                .startsWith("2025 年度辖区（2 个已发布机关）：本年新收申请 8 件，公开率 50.0%，行政复议纠错率 —。");
        Grid<AgencyAssessment> grid = _get(Grid.class, spec -> spec.withId("indicators"));
        Span high = (Span) GridKt._getCellComponent(grid, indicatorRow(grid, open), "disclosure");
        assertThat(high.getText()).isEqualTo("100.0%（高于辖区 50.0 个百分点）");
        assertThat(high.getClassNames()).contains("far-from-area");

        IntegerField disclosure = _get(IntegerField.class, spec -> spec.withId("indicator-disclosure-points"));
        type(disclosure, null);
        _click(_get(Button.class, spec -> spec.withId("indicator-save")));
        assertThat(notifications()).contains("请填写两个阈值（1 到 100 之间的整数）。");
        type(disclosure, 0);
        _click(_get(Button.class, spec -> spec.withId("indicator-save")));
        assertThat(notifications()).contains("公开率阈值须为 1 到 100 个百分点之间的整数。");

        type(disclosure, 60);
        _click(_get(Button.class, spec -> spec.withId("indicator-save")));

        Span within = (Span) GridKt._getCellComponent(grid, indicatorRow(grid, open), "disclosure");
        assertThat(within.getText()).isEqualTo("100.0%");
        assertThat(within.getClassNames()).doesNotContain("far-from-area");
    }

    private static int indicatorRow(Grid<AgencyAssessment> grid, TestAgency agency) {
        List<AgencyAssessment> items = GridKt._fetch(grid, 0, 100);
        return IntStream.range(0, items.size())
                .filter(i -> items.get(i).agencyId() == agency.id())
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<AgencyProgress> rows() {
        Grid<AgencyProgress> grid = _get(Grid.class, spec -> spec.withId("area-progress"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
