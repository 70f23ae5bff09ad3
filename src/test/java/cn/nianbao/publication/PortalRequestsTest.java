package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal over real HTTP as an anonymous visitor (issue 22, items 13, 18 and 22): a year the agency imported is on
 * its page as 历史年报; a bad year, name, page or number answers a page of the portal in Chinese, never Spring's JSON
 * and never a stack trace in the log; the header names the site once; the favicon is served without login; table 三
 * has fixed column widths that leave its figure columns room for their headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class PortalRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_imported_earlier_year_is_on_the_agency_page_as_a_historical_report() throws Exception {
        TestAgency agency = testAgencies.create();
        Map<String, BigDecimal> earlier = Map.of(
                Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(9),
                Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(9));
        logins.as(
                agency.handler(),
                () -> reports.importPublished(
                        2021,
                        agency.name(),
                        new ReportContent(ReportJourney.texts("2021年度报告正文。"), new ReportTables(earlier)),
                        "2021年报.pdf"));
        PublishedReport published =
                journey.published(agency, 2022, ReportJourney.texts("2022年度报告正文。"), ReportJourney.CONSISTENT_FIGURES);

        HttpResponse<String> response = get("/public/agencies/" + agency.id());

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#across-years thead th").eachText()).containsExactly("项目", "2022年度", "2021年度历史年报");
        assertThat(page.select("#across-years thead a").eachAttr("href"))
                .as("only the year published here has a page")
                .containsExactly("/public/reports/" + published.publicationId());
        assertThat(page.select("#across-years tbody tr").first().select("td").eachText())
                .as("本年新收政府信息公开申请")
                .containsExactly("5", "9");
        assertThat(page.select("#imported-note").text()).contains("在别处发布");
    }

    @Test
    void a_bad_year_or_name_shows_the_whole_list_with_a_note_and_400(CapturedOutput output) throws Exception {
        for (String query : List.of("year=abc", "year=99999", "year=2024%27", "q=" + "局".repeat(51))) {
            HttpResponse<String> response = get("/public?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#request-note").text()).as(query).containsAnyOf("年度应为四位数字的年份", "机关名称最多 50 个字");
            assertThat(page.select("form.portal-search")).as(query).isNotEmpty();
        }
        assertThat(output).doesNotContain("MethodArgumentTypeMismatchException", "\tat ");
    }

    @Test
    void a_malformed_or_unknown_number_answers_a_portal_page_not_json(CapturedOutput output) throws Exception {
        Map<String, Integer> expected = Map.of(
                "/public/agencies/abc", 400,
                "/public/reports/abc", 400,
                "/public/reports/99999999999999999999", 400,
                "/public/reports/abc.pdf", 400,
                "/public/agencies/987654321", 404,
                "/public/reports/987654321", 404,
                "/public/reports/987654321.json", 404);
        for (var request : expected.entrySet()) {
            HttpResponse<String> response = get(request.getKey());

            assertThat(response.statusCode()).as(request.getKey()).isEqualTo(request.getValue());
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(request.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(request.getKey()).doesNotContain("\"status\"", "timestamp");
            assertThat(Jsoup.parse(response.body()).select("#problem").text())
                    .as(request.getKey())
                    .isIn("链接中的编号不是有效的编号，请从年度报告列表进入。", "您要找的报告不存在或尚未发布。");
        }
        assertThat(output).doesNotContain("MethodArgumentTypeMismatchException", "\tat ");
    }

    @Test
    void the_header_names_the_site_once_and_every_page_links_the_favicon_served_without_login() throws Exception {
        Document list = Jsoup.parse(get("/public").body());
        assertThat(list.select("header.portal-header").text()).isEqualTo("政府信息公开年报");
        assertThat(list.select("link[rel=icon]").eachAttr("href")).contains("/favicon.ico", "/favicon.svg");
        assertThat(get("/login").body()).as("the Vaadin pages").contains("/favicon.ico");

        HttpResponse<byte[]> ico = http.send(request("/favicon.ico"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.body()).startsWith(0, 0, 1, 0);
        assertThat(ico.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).containsAnyOf("icon", "image"));
        assertThat(ico.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("img-src 'self'"));
        HttpResponse<String> svg = get("/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.headers().allValues("Set-Cookie"))
                .as("no session for the icon")
                .isEmpty();
    }

    /**
     * At 1400 px the portal's text column is 1,100 − 2 × 40 px wide (portal.css): a figure column of table 三 must take
     * 商业企业 (four characters of 14 px) and its padding on one line.
     */
    @Test
    void table_three_gives_its_figure_columns_room_for_their_headers() throws Exception {
        String css = get("/portal.css").body();
        assertThat(css).containsPattern("table\\.t3\\s*\\{[^}]*table-layout:\\s*fixed");
        double labels = width(css, "label-1") + width(css, "label-2") + width(css, "label-3");
        double value = width(css, "value");
        assertThat(labels + 7 * value).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
        assertThat(1020 * value / 100).as("px of a figure column").isGreaterThanOrEqualTo(4 * 14 + 2 * 6 + 1);
    }

    private static double width(String css, String column) {
        Matcher m = Pattern.compile("table\\.t3 col\\." + column + "\\s*\\{\\s*width:\\s*([\\d.]+)%")
                .matcher(css);
        assertThat(m.find()).as(column).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }
}
