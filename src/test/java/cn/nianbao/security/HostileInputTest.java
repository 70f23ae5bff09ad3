package cn.nianbao.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.ui.ReportDetailView;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text is stored as typed and shown as text: markup typed into a section is neither run nor interpreted in the
 * working screens (the portal and the PDF have their own tests), and sizes are limited with a message.
 */
class HostileInputTest extends UiTest {

    private static final String HOSTILE = "<script>alert('年报')</script><img src=x onerror=alert(1)> 𠮷";

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Test
    void markup_typed_into_a_section_is_stored_as_typed_and_shown_as_text_on_the_report_page() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, Map.of(Section.S1, HOSTILE), Map.of());
        login(agency.handler());

        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));

        assertThat(reports.view(reportId).content().text(Section.S1)).isEqualTo(HOSTILE);
        assertThat(_find(Paragraph.class))
                .anySatisfy(p -> assertThat(p.getText()).isEqualTo(HOSTILE));
        assertThat(elements(UI.getCurrent().getElement()))
                .noneMatch(e -> e.getTag().equals("script") || e.getTag().equals("img"));
    }

    @Test
    void a_section_beyond_the_limit_is_refused_with_a_message_and_the_draft_keeps_its_text() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, Map.of(Section.S1, "原有内容"), Map.of());
        login(agency.handler());
        ReportView before = reports.view(reportId);
        String tooLong = "字".repeat(ReportService.MAX_SECTION_LENGTH + 1);

        assertThatThrownBy(() -> reports.saveDraft(
                        reportId,
                        before.version(),
                        new ReportContent(Map.of(Section.S1, tooLong), new ReportTables(Map.of()))))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("超过 " + ReportService.MAX_SECTION_LENGTH);

        assertThat(reports.view(reportId).content().text(Section.S1)).isEqualTo("原有内容");
    }

    private static java.util.stream.Stream<Element> elements(Element root) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(root), root.getChildren().flatMap(HostileInputTest::elements));
    }
}
