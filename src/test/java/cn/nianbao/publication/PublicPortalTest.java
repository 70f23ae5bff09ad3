package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public portal as an anonymous citizen's browser sees it, over real HTTP: a report signed off by an agency
 * (a fresh test agency) appears under its year in the official layout; drafts and reports under review never appear; the working app
 * stays behind the login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PublicPortalTest {

    private static final String HOSTILE_TEXT = "<script>alert(1)</script>";
    private static final String RARE_CHARACTER = "𠮷";

    @LocalServerPort
    int port;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    PublicationService publications;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    /** An agency has one report per year: each test has its own agency and counts its years from 2021. */
    private TestAgency agency;

    private String agencyName;
    private int nextYear = ReportEditions.FIRST_YEAR_OF_FORMAT - 1;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
        agencyName = agency.name();
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void a_signed_off_report_is_listed_under_its_year_without_login() throws Exception {
        int year = ++nextYear;
        PublishedReport published = publishSignedOffReport(year, "本局依法做好政府信息公开工作。");

        HttpResponse<String> response = get("/public");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        Document list = Jsoup.parse(response.body());
        Element yearSection = list.select("section.year").stream()
                .filter(s -> s.selectFirst("h2").text().equals(year + "年度"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section for " + year + " in\n" + list));
        Element link = yearSection.selectFirst("a[href=/public/reports/" + published.publicationId() + "]");
        assertThat(link).as("link to the report under its year").isNotNull();
        assertThat(link.text()).isEqualTo(agencyName + year + "年政府信息公开工作年度报告");
        assertThat(list.select("section.year").stream()
                        .filter(s -> !s.selectFirst("h2").text().equals(year + "年度"))
                        .flatMap(s -> s.select("a").stream()))
                .as("not listed under another year")
                .noneMatch(a -> a.text().equals(agencyName + year + "年政府信息公开工作年度报告"));
    }

    @Test
    void a_published_report_is_shown_in_the_official_layout_with_its_figures() throws Exception {
        int year = ++nextYear;
        String s1 = "一年来，本局认真贯彻《条例》。" + HOSTILE_TEXT + "\n申请人" + RARE_CHARACTER + "某的申请已按期答复。";
        PublishedReport published = publishSignedOffReport(year, s1);

        HttpResponse<String> response = get("/public/reports/" + published.publicationId());

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("h1").text()).isEqualTo(agencyName + year + "年政府信息公开工作年度报告");
        assertThat(page.select("h2").eachText())
                .containsExactly(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项");

        // the official merges
        assertThat(page.select("table#t3 th[rowspan=22]").eachText()).containsExactly("三、本年度办理结果");
        assertThat(page.select("table#t3 th[rowspan=8]").eachText()).containsExactly("（三）不予公开");
        assertThat(page.select("table#t3 th[rowspan=5]").eachText()).containsExactly("（五）不予处理");
        assertThat(page.select("table#t3 th[rowspan=3]").eachText())
                .containsExactly("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（四）无法提供", "（六）其他处理");
        assertThat(page.select("table#t3 th[colspan=7]").eachText()).containsExactly("申请人情况");
        assertThat(page.select("table#t3 th[colspan=5]").eachText()).containsExactly("法人或其他组织");
        assertThat(page.select("table#t4 th[colspan=10]").eachText()).containsExactly("行政诉讼");
        assertThat(page.select("table#t4 th[colspan=5]").eachText()).containsExactly("行政复议", "未经复议直接起诉", "复议后起诉");

        // every one of the 200 cells once, each with its figure
        List<String> cellIds = page.select("td[data-cell]").eachAttr("data-cell");
        assertThat(cellIds).hasSize(200).containsExactlyInAnyOrderElementsOf(Cells.all());
        assertThat(cell(page, "t3.new.np")).isEqualTo("5");
        assertThat(cell(page, "t3.new.total")).isEqualTo("5");
        assertThat(cell(page, "t3.r.open.np")).isEqualTo("4");
        assertThat(cell(page, "t3.r.total.np")).isEqualTo("4");
        assertThat(cell(page, "t3.r.total.total")).isEqualTo("4");
        assertThat(cell(page, "t3.carry_out.np")).isEqualTo("1");
        assertThat(cell(page, "t3.carry_out.total")).isEqualTo("1");
        assertThat(cell(page, "t3.r.deny.1.le.other")).isEqualTo("0");
        assertThat(cell(page, "t2.normative.issued")).isEqualTo("2");
        assertThat(cell(page, "t2.fees.amount_wan")).isEqualTo("1.5");
        assertThat(cell(page, "t4.lit_after.total")).isEqualTo("0");
        // a figure sits in the row of its label: the 自然人 cell of 「（一）予以公开」
        Element openRow = page.selectFirst("td[data-cell=t3.r.open.np]").parent();
        assertThat(openRow.select("th").eachText()).contains("（一）予以公开");

        // section text: escaped, not executed, rare characters intact
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(page.select("script")).noneMatch(s -> s.data().contains("alert(1)"));
        assertThat(page.select("p").eachText())
                .contains("一年来，本局认真贯彻《条例》。" + HOSTILE_TEXT, "申请人" + RARE_CHARACTER + "某的申请已按期答复。");
        assertThat(html).contains(RARE_CHARACTER);
    }

    @Test
    void an_unknown_publication_is_not_found() throws Exception {
        HttpResponse<String> response = get("/public/reports/999999");

        assertThat(response.statusCode()).as(describe(response)).isEqualTo(404);
        assertThat(response.body()).contains("您要找的报告不存在或尚未发布").doesNotContain("Whitelabel");
    }

    @Test
    void drafts_and_reports_under_review_are_not_reachable_on_the_portal() throws Exception {
        int draftYear = ++nextYear;
        int reviewYear = ++nextYear;
        int publishedYear = ++nextYear;
        String draftMarker = "草稿内容仅供本机关内部编辑" + draftYear;
        String reviewMarker = "送审稿内容仅供审核人员阅读" + reviewYear;
        long draftId = logins.as(agency.handler(), () -> workflow.startReport(draftYear));
        save(draftId, draftMarker, consistentFigures());
        long reviewId = draftAndSubmit(reviewYear, reviewMarker);
        assertThat(stageOf(reviewId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        PublishedReport published = publishSignedOffReport(publishedYear, "已发布的报告。");

        HttpResponse<String> list = get("/public");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains(agencyName + publishedYear + "年政府信息公开工作年度报告")
                .doesNotContain(agencyName + draftYear + "年", agencyName + reviewYear + "年");
        // neither the list nor any page it links to shows the unpublished text
        Set<String> links = new HashSet<>(
                Jsoup.parse(list.body()).select("a[href^=/public/reports/]").eachAttr("href"));
        assertThat(links).contains("/public/reports/" + published.publicationId());
        for (String link : links) {
            HttpResponse<String> page = get(link);
            assertThat(page.statusCode()).as(link).isEqualTo(200);
            assertThat(page.body()).as(link).doesNotContain(draftMarker, reviewMarker);
        }
        // the report ids are no way in either: a publication id that is not a publication is not found
        for (long reportId : List.of(draftId, reviewId)) {
            HttpResponse<String> byReportId = get("/public/reports/" + reportId);
            assertThat(byReportId.body()).doesNotContain(draftMarker, reviewMarker);
            if (publications.find(reportId).isEmpty()) {
                assertThat(byReportId.statusCode()).as(describe(byReportId)).isEqualTo(404);
            }
        }
        assertThat(publications.list()).extracting(PublishedReport::reportId).doesNotContain(draftId, reviewId);
    }

    @Test
    void the_working_app_sends_an_anonymous_visitor_to_the_login_page() throws Exception {
        int year = ++nextYear;
        String marker = "只有登录后才能看到的正文" + year;
        long draftId = logins.as(agency.handler(), () -> workflow.startReport(year));
        save(draftId, marker, consistentFigures());

        HttpResponse<String> root = get("/");

        assertThat(root.body()).doesNotContain(marker, agencyName + year + "年");
        assertThat(root.statusCode()).isEqualTo(302);
        String location = root.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create("http://localhost:" + port + "/")
                        .resolve(location)
                        .getPath())
                .isEqualTo("/login");

        // the login view itself is drawn by Vaadin's client; over plain HTTP it is the app shell with its outlet
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(login.body()).select("div#outlet")).hasSize(1);
        assertThat(login.body()).doesNotContain(marker, agencyName + year + "年");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String describe(HttpResponse<String> response) {
        return "GET " + response.uri().getPath() + " answered " + response.statusCode()
                + response.headers()
                        .firstValue("Location")
                        .map(l -> ", Location: " + l)
                        .orElse("");
    }

    private static String cell(Document page, String cellId) {
        List<Element> cells = page.select("td[data-cell=" + cellId + "]");
        assertThat(cells).as(cellId).hasSize(1);
        return cells.getFirst().text();
    }

    private static Map<String, BigDecimal> consistentFigures() {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5));
        cells.put(Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4));
        cells.put(Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(1));
        cells.put(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2));
        cells.put(T2Cell.FEES_AMOUNT.id(), new BigDecimal("1.5"));
        return cells;
    }

    private PublishedReport publishSignedOffReport(int year, String s1) {
        return journey.published(agency, year, texts(s1), consistentFigures());
    }

    private long draftAndSubmit(int year, String s1) {
        return journey.drafted(agency, year, texts(s1), consistentFigures());
    }

    private void save(long reportId, String s1, Map<String, BigDecimal> cells) {
        journey.save(agency, reportId, texts(s1), cells);
    }

    private static Map<Section, String> texts(String s1) {
        return Map.of(Section.S1, s1, Section.S5, "信息公开的及时性有待提高。", Section.S6, "本年度收取信息处理费0元。");
    }

    private ReportStage stageOf(long reportId) {
        return logins.as(agency.handler(), () -> reports.view(reportId).stage());
    }

    private WorkItem taskOf(String username, long reportId) {
        return journey.taskOf(username, reportId);
    }
}
