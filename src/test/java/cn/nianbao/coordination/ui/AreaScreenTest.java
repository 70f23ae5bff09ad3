package cn.nianbao.coordination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.coordination.AgencyProgress;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
    }

    @SuppressWarnings("unchecked")
    private static List<AgencyProgress> rows() {
        Grid<AgencyProgress> grid = _get(Grid.class, spec -> spec.withId("area-progress"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
