package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal for everyone, over real HTTP: tables that a screen reader reads cell by cell with their headers, the
 * 大字 / 标准 switch that works without script, the agency named on a report linked to its page. (The axe-core check
 * of the rendered pages is PortalAccessibilityBrowserTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PortalAccessibilityTest {

    private static final String OPEN_NP = Cells.t3(T3Row.OPEN, T3Column.NP);

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void every_header_cell_of_the_three_tables_names_what_it_heads_and_each_table_has_a_caption() throws Exception {
        Document page = page("/public/reports/" + publish().publicationId(), null);

        for (String table : new String[] {"t2", "t3", "t4"}) {
            assertThat(page.select("#" + table + " > caption").text()).as(table).isNotBlank();
            assertThat(page.select("#" + table + " th"))
                    .as(table)
                    .isNotEmpty()
                    .allSatisfy(th -> assertThat(th.attr("scope"))
                            .as(table + " " + th.text())
                            .isIn("col", "colgroup", "row"));
        }
        // 「（一）予以公开 · 自然人：3」: the figure's row is headed by its label, its column by 自然人
        Element figure = page.selectFirst("#t3 td[data-cell=" + OPEN_NP + "]");
        assertThat(figure.text()).isEqualTo("3");
        assertThat(figure.parent().select("th[scope=row]").eachText()).contains("（一）予以公开");
        assertThat(page.select("#t3 thead th[scope=col]").eachText()).contains("自然人");
    }

    @Test
    void the_report_page_links_the_agency_name_to_the_agency_page() throws Exception {
        PublishedReport published = publish();

        Element link =
                page("/public/reports/" + published.publicationId(), null).selectFirst("#agency-link");

        assertThat(link.text()).isEqualTo(published.agencyName());
        assertThat(link.attr("href")).isEqualTo("/public/agencies/" + published.agencyId());
    }

    @Test
    void large_text_chosen_with_a_plain_link_is_kept_in_a_cookie_and_shown_on_every_page() throws Exception {
        PublishedReport published = publish();
        String reportPath = "/public/reports/" + published.publicationId();
        Document standard = page(reportPath, null);
        assertThat(standard.selectFirst("html").hasClass("large-text")).isFalse();
        String switchLink = standard.selectFirst("#text-size-large").attr("href");

        HttpResponse<String> chosen = get(switchLink, null);

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).contains(reportPath);
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(TextSize.COOKIE + "=large").contains("Path=/public");
        String sent = cookie.substring(0, cookie.indexOf(';'));
        for (String path : new String[] {reportPath, "/public", "/public/agencies/" + published.agencyId()}) {
            Document large = page(path, sent);
            assertThat(large.selectFirst("html").hasClass("large-text"))
                    .as(path)
                    .isTrue();
            assertThat(large.selectFirst("#text-size-large").attr("aria-current"))
                    .isEqualTo("true");
            assertThat(large.title()).as(path).isNotBlank();
        }
        HttpResponse<String> missing = get("/public/reports/999999999", sent);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).selectFirst("html").hasClass("large-text"))
                .isTrue();
        // the cached standard page is not what a 大字 reader gets, nor the other way round
        assertThat(page(reportPath, null).selectFirst("html").hasClass("large-text"))
                .isFalse();
        assertThat(page(reportPath, TextSize.COOKIE + "=standard")
                        .selectFirst("html")
                        .hasClass("large-text"))
                .isFalse();
    }

    @Test
    void a_search_is_kept_when_the_text_size_is_switched() throws Exception {
        Document searched = page("/public?q=" + URLEncoder.encode("某局", StandardCharsets.UTF_8) + "&year=2024", null);

        HttpResponse<String> chosen =
                get(searched.selectFirst("#text-size-large").attr("href"), null);

        String location = chosen.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/public?");
        assertThat(page(location, null).selectFirst("#search-agency").val()).isEqualTo("某局");
    }

    @Test
    void the_text_size_switch_never_sends_a_visitor_off_the_portal() throws Exception {
        for (String back :
                new String[] {"https://example.org/", "//example.org/public", "/admin", "/public/../admin", ""}) {
            HttpResponse<String> chosen =
                    get("/public/text-size?size=large&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8), null);
            assertThat(chosen.statusCode()).as(back).isEqualTo(303);
            assertThat(chosen.headers().firstValue("Location")).as(back).contains("/public");
        }
    }

    private PublishedReport publish() {
        TestAgency agency = testAgencies.create();
        return journey.published(
                agency,
                ReportEditions.FIRST_YEAR_OF_FORMAT,
                Map.of(Section.S1, "本机关依法做好政府信息公开工作。"),
                Map.of(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(3), OPEN_NP, BigDecimal.valueOf(3)));
    }

    private Document page(String path, String cookie) throws Exception {
        HttpResponse<String> response = get(path, cookie);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
