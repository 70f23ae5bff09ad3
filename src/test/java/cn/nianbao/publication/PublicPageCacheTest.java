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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages are kept rendered in memory, yet what a visitor sees over real HTTP is never behind what this node
 * published: a new report is on the list at once, a correction marks the earlier edition's page at once. Anonymous
 * visits leave no session behind, and a browser that has a page revalidates it for a 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PublicPageCacheTest {

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

    private PortalVisitor visitor;

    @BeforeEach
    void anonymousBrowser() {
        visitor = new PortalVisitor(port);
    }

    @Test
    void a_report_published_after_the_list_was_shown_is_on_the_list_at_once() throws Exception {
        TestAgency agency = testAgencies.create();
        journey.published(agency, 2024, texts("二〇二四年的总体情况。"), CONSISTENT_FIGURES);
        Document before = visitor.page("/public");
        String searched = "/public?q=" + URLEncoder.encode(agency.name(), StandardCharsets.UTF_8);
        visitor.page(searched);
        visitor.page("/public/agencies/" + agency.id());

        PublishedReport later = journey.published(agency, 2025, texts("二〇二五年的总体情况。"), CONSISTENT_FIGURES);

        String link = "a[href=/public/reports/" + later.publicationId() + "]";
        assertThat(before.select(link)).isEmpty();
        assertThat(visitor.page("/public").select(link).text()).isEqualTo(later.title());
        assertThat(visitor.page(searched).select(link).text()).isEqualTo(later.title());
        assertThat(visitor.page("/public/agencies/" + agency.id()).select(link).text())
                .isEqualTo("2025年度");
    }

    @Test
    void a_correction_marks_the_earlier_editions_page_that_was_already_shown() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport first = journey.published(agency, 2023, texts("第一版的总体情况。"), CONSISTENT_FIGURES);
        assertThat(visitor.page("/public/reports/" + first.publicationId()).select("#superseded-notice"))
                .isEmpty();

        long correctionId = logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), "表格数字更正。"));
        journey.save(agency, correctionId, texts("更正版的总体情况。"), CONSISTENT_FIGURES);
        journey.submit(agency, correctionId);
        journey.approveAll(agency, correctionId);
        PublishedReport corrected = journey.awaitPublished(correctionId);

        Document earlier = visitor.page("/public/reports/" + first.publicationId());
        assertThat(earlier.selectFirst("#superseded-notice").text()).contains("第1版", "已被更正");
        assertThat(earlier.select("#superseded-notice a").attr("href"))
                .isEqualTo("/public/reports/" + corrected.publicationId());
    }

    @Test
    void an_anonymous_visit_sets_no_cookie() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2025, texts("总体情况。"), CONSISTENT_FIGURES);

        for (String path : new String[] {"/public", "/public/reports/" + published.publicationId()}) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void a_browser_that_has_the_page_revalidates_it_and_gets_304() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        String path = "/public/reports/" + published.publicationId();
        HttpResponse<String> first = visitor.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("no-cache").doesNotContain("no-store"));

        HttpResponse<String> again = visitor.getIfNoneMatch(path, etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(visitor.getIfNoneMatch(path, "\"another-version\"").statusCode())
                .isEqualTo(200);
    }
}
