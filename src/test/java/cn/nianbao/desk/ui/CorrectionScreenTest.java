package cn.nianbao.desk.ui;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 更正 from the report page: the note is required, then the correction's draft opens with the published text. */
class CorrectionScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Test
    void a_handler_corrects_a_published_report_from_its_page_and_lands_in_the_prefilled_draft() {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(agency, 2022, texts("已发布的正文。"), CONSISTENT_FIGURES);
        login(agency.handler());
        open(published.reportId());

        _click(_get(Button.class, spec -> spec.withId("correct")));

        TextArea note = _get(TextArea.class, spec -> spec.withId("correction-note-input"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(reports.readableReports()).hasSize(1);

        type(note, "更正第一部分的错别字。");
        _click(_get(Button.class, spec -> spec.withId("correct")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(TaskView.class);
        assertThat(_get(TextArea.class, spec -> spec.withId("section-S1")).getValue())
                .isEqualTo("已发布的正文。");
        assertThat(reports.readableReports()).extracting(ReportSummary::edition).containsExactly(2, 1);
        long correctionId = reports.readableReports().getFirst().id();

        open(published.reportId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("stage")).getText())
                .isEqualTo("当前环节：更正中");
        assertThat(_find(Button.class, spec -> spec.withId("correct"))).isEmpty();
        open(correctionId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("stage")).getText())
                .isEqualTo("当前环节：更正中（起草）");
        assertThat(_get(Paragraph.class, spec -> spec.withId("correction-note")).getText())
                .contains("更正第一部分的错别字。");
    }

    @Test
    void a_reviewer_sees_no_correction_button() {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(agency, 2022, texts("已发布的正文。"), CONSISTENT_FIGURES);
        login(agency.supervisor());

        open(published.reportId());

        assertThat(_find(Button.class, spec -> spec.withId("correct"))).isEmpty();
    }

    private static void open(long reportId) {
        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));
    }
}
