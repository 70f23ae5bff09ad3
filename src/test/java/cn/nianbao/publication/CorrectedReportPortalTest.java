package cn.nianbao.publication;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A corrected report on the public portal over real HTTP: listed once, as the correction; its page carries the
 * correction notice with date and 更正说明 and links to the first edition, which stays readable, marked superseded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class CorrectedReportPortalTest {

    private static final int YEAR = 2023;
    private static final String NOTE = "第二部分「规章」制发件数由2件更正为3件。";

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void the_portal_shows_the_current_edition_with_its_notice_and_keeps_the_earlier_one_readable() throws Exception {
        TestAgency agency = testAgencies.create();
        String title = agency.name() + YEAR + "年政府信息公开工作年度报告";
        PublishedReport first = journey.published(agency, YEAR, texts("第一版的总体情况。"), CONSISTENT_FIGURES);
        long correctionId = logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE));
        journey.save(agency, correctionId, texts("更正版的总体情况。"), CONSISTENT_FIGURES);
        journey.submit(agency, correctionId);
        journey.approveAll(agency, correctionId);
        PublishedReport corrected = journey.awaitPublished(correctionId);

        PortalVisitor visitor = new PortalVisitor(port);
        Document list = visitor.page("/public");
        assertThat(list.select("a").eachText()).filteredOn(title::equals).hasSize(1);
        assertThat(list.select("a[href=/public/reports/" + corrected.publicationId() + "]")
                        .text())
                .isEqualTo(title);

        Document current = visitor.page("/public/reports/" + corrected.publicationId());
        assertThat(current.select("p").eachText()).contains("更正版的总体情况。").doesNotContain("第一版的总体情况。");
        assertThat(current.selectFirst("#correction-notice .correction-date").text())
                .isEqualTo("更正公告：本报告于" + corrected.publishedOn() + "更正（第2版）。");
        assertThat(current.selectFirst("#correction-notice .correction-note").text())
                .isEqualTo("更正说明：" + NOTE);
        assertThat(current.select("#superseded-notice")).isEmpty();
        assertThat(current.select("#versions li.superseded a").eachAttr("href"))
                .containsExactly("/public/reports/" + first.publicationId());
        assertThat(current.select("#versions li.superseded").text()).contains("第1版", "已被更正");

        Document earlier = visitor.page("/public/reports/" + first.publicationId());
        assertThat(earlier.select("p").eachText()).contains("第一版的总体情况。");
        assertThat(earlier.selectFirst("#superseded-notice").text()).contains("第1版", "已被更正");
        assertThat(earlier.select("#superseded-notice a").attr("href"))
                .isEqualTo("/public/reports/" + corrected.publicationId());
        assertThat(earlier.select("#correction-notice")).isEmpty();
        assertThat(visitor.status("/public/reports/" + first.publicationId() + ".pdf"))
                .isEqualTo(200);
        assertThat(visitor.status("/public/reports/" + first.publicationId() + ".csv"))
                .isEqualTo(200);
    }
}
