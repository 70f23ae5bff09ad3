package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The government's draft and report page say which agencies its prefilled sums include and which are missing. */
class AggregationScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void the_draft_screen_and_the_report_page_show_the_included_and_the_missing_agencies() {
        TestCounty county = testAgencies.createCounty();
        TestAgency government = testAgencies.staffOf(county);
        TestAgency published = testAgencies.createBelow(county.id());
        TestAgency missing = testAgencies.createBelow(county.id());
        journey.published(published, 2025, ReportJourney.texts("已发布。"), ReportJourney.CONSISTENT_FIGURES);
        long reportId = journey.start(government, 2025);
        String taskId = journey.taskOf(government.handler(), reportId).taskId();
        login(government.handler());

        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));

        assertThat(scope()).contains("已纳入 1 个机关（" + published.name() + "）").contains("未发布 1 个：" + missing.name());

        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));

        assertThat(scope()).contains("已纳入 1 个机关（" + published.name() + "）").contains("未发布 1 个：" + missing.name());
    }

    private static String scope() {
        return _get(Paragraph.class, spec -> spec.withId(AggregationScope.ID)).getText();
    }
}
