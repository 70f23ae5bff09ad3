package cn.nianbao.report.ui;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 查看修改 on a correction's submission: the one figure changed since the published edition, not every figure. */
class ReportChangesScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Test
    void the_reviewer_of_a_correction_sees_only_the_changed_cell_against_the_published_edition() {
        TestAgency agency = testAgencies.create();
        PublishedReport first = journey.published(agency, 2022, texts("已发布的正文。"), CONSISTENT_FIGURES);
        long correctionId = logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), "更正规范性文件件数。"));
        Map<String, BigDecimal> corrected = new HashMap<>(CONSISTENT_FIGURES);
        String issued = T2Cell.NORMATIVE_ISSUED.id();
        corrected.put(issued, BigDecimal.valueOf(3));
        journey.save(agency, correctionId, texts("已发布的正文。"), corrected);
        journey.submit(agency, correctionId);
        long submission = logins.as(agency.handler(), () -> reports.history(correctionId)).stream()
                .filter(item -> item.action() == HistoryAction.SUBMITTED)
                .map(ReportHistoryItem::id)
                .findFirst()
                .orElseThrow();
        login(agency.secrecy());

        UI.getCurrent().navigate("reports/" + correctionId + "/changes/" + submission);

        assertThat(_find(Paragraph.class, spec -> spec.withText("对照：更正前已发布的第 1 版")))
                .hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("cell-change")))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.getElement().getAttribute("data-cell")).isEqualTo(issued);
                    assertThat(item.getElement().getTextRecursively()).endsWith("：2 → 3");
                });
        assertThat(_find(Paragraph.class, spec -> spec.withText("对照：空白报告"))).isEmpty();
    }
}
