package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.ui.YearField;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 新建年度报告 with what people really type, a colleague who was faster, and an imported earlier year. */
class ReportCreationScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void in_december_the_new_report_proposes_this_years_cycle_and_its_draft_says_nothing_carried_in() {
        ClockAt.set(clock, LocalDateTime.of(2026, 12, 2, 10, 0));
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_get(YearField.class, spec -> spec.withId("new-report-year")).year())
                .as("2025 is overdue by now; the report being worked on is 2026's, due 31 January 2027")
                .hasValue(2026);

        _click(_get(Button.class, spec -> spec.withId("create-report")));

        assertThat(reports.readableReports())
                .singleElement()
                .satisfies(r -> assertThat(r.year()).isEqualTo(2026));
        assertThat(_get(Paragraph.class, spec -> spec.withId(AggregationScope.ID))
                        .getText())
                .startsWith("无上年已发布报告，上年结转为 0");
    }

    @Test
    void a_year_that_is_not_four_digits_is_refused_on_the_field_and_creates_nothing() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(ReportsView.class);
        YearField year = _get(YearField.class, spec -> spec.withId("new-report-year"));

        for (String typed : new String[] {"2026.5", "99999999999", "二〇二五", ""}) {
            type(year, typed);
            _click(_get(Button.class, spec -> spec.withId("create-report")));

            assertThat(year.isInvalid()).as(typed).isTrue();
            assertThat(year.getErrorMessage()).as(typed).isEqualTo("请填写四位数字的年份，例如 2025。");
        }
        assertThat(reports.readableReports()).isEmpty();
    }

    @Test
    void a_year_in_full_width_digits_creates_that_year_and_opens_its_draft() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(ReportsView.class);

        type(_get(YearField.class, spec -> spec.withId("new-report-year")), "２０２５");
        _click(_get(Button.class, spec -> spec.withId("create-report")));

        assertThat(reports.readableReports())
                .singleElement()
                .satisfies(r -> assertThat(r.year()).isEqualTo(2025));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(TaskView.class);
    }

    /** A colleague created the year while this screen was open: the handler is told so and lands on that report. */
    @Test
    void creating_a_year_a_colleague_has_just_created_opens_the_existing_report() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(ReportsView.class);
        long existing = journey.start(agency, 2025);

        type(_get(YearField.class, spec -> spec.withId("new-report-year")), "2025");
        _click(_get(Button.class, spec -> spec.withId("create-report")));

        assertThat(notifications()).contains("本机关 2025 年度报告已经存在，已为您打开。");
        assertThat(reports.readableReports())
                .singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(existing));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(TaskView.class);
    }

    /** An earlier year read in from its published text has no approval chain, and its page says so. */
    @Test
    void an_imported_earlier_year_opens_for_its_own_agency_without_a_process_diagram() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        long imported = reports.importPublished(
                2024,
                agency.name(),
                new ReportContent(Map.of(Section.S1, "2024年度总体情况。"), new ReportTables(Map.of())),
                "2024年报.txt");

        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(imported)));

        assertThat(_find(Paragraph.class, spec -> spec.withId("not-found"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("stage")).getText())
                .contains("已导入");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-process")).getText())
                .contains("在本系统之外发布")
                .contains("没有审批流程");
        assertThat(_find(Paragraph.class))
                .anySatisfy(p -> assertThat(p.getText()).isEqualTo("2024年度总体情况。"));
    }
}
