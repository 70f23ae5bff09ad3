package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page shows where the report stands in the approval chain, as a diagram. */
class ReportDiagramScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void the_report_page_shows_the_diagram_with_the_draft_as_the_current_step() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        login(agency.handler());

        open(reportId);

        String svg = _get(Svg.class, spec -> spec.withId("process-diagram"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(svg)
                .startsWith("<svg")
                .contains("class=\"node task current\" data-element-id=\"draft\"")
                .contains("class=\"flow not-taken\" data-element-id=\"secrecyReturned\"");
    }

    @Test
    void a_person_of_another_agency_sees_neither_the_report_nor_its_diagram() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        login(testAgencies.create().handler());

        open(reportId);

        assertThat(_find(Svg.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText())
                .contains("无权查看");
    }

    private static void open(long reportId) {
        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));
    }
}
