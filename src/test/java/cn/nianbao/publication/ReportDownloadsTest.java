package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The downloads of a published report as an anonymous visitor gets them over real HTTP: the PDF (Chinese text in an
 * embedded font, the official labels and the figures), the tables as JSON and as CSV, each under a Chinese file
 * name; nothing for a publication that does not exist, and nothing of a report that is not published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class ReportDownloadsTest {

    private static final String S1_FIRST = "一年来，本局坚持以公开为常态、不公开为例外，全年主动公开政府信息三千余条。";
    private static final String S1_SECOND = "依申请公开方面，本年度新收政府信息公开申请159件，均在法定期限内答复。";
    private static final String S5 = "政策解读的形式较为单一，下一步将增加图解和视频解读。";
    private static final String S6 = "本年度未收取信息处理费。";

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

    @Autowired
    JsonMapper jsonMapper;

    /** An agency has one report per year: each test has its own agency and counts its years from 2021. */
    private TestAgency agency;

    private int nextYear = ReportEditions.FIRST_YEAR_OF_FORMAT - 1;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void the_pdf_downloads_without_login_and_holds_the_report_in_an_embedded_chinese_font() throws Exception {
        int year = ++nextYear;
        PublishedReport published = publishSignedOffReport(year);

        HttpResponse<byte[]> response = get("/public/reports/" + published.publicationId() + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(savedName(response)).isEqualTo(agency.name() + year + "年政府信息公开工作年度报告.pdf");
        byte[] body = response.body();
        assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path copy = Path.of("target", "downloads", "report-" + year + ".pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, body);

        try (PDDocument pdf = Loader.loadPDF(body)) {
            // the text in the order it is drawn: the lines of one table cell stay together
            String drawn = new PDFTextStripper().getText(pdf);
            String text = drawn.replaceAll("\\s+", "");
            assertThat(text).contains(agency.name() + year + "年政府信息公开工作年度报告");
            assertThat(text)
                    .contains(
                            "一、总体情况",
                            "二、主动公开政府信息情况",
                            "三、收到和处理政府信息公开申请情况",
                            "四、政府信息公开行政复议、行政诉讼情况",
                            "五、存在的主要问题及改进情况",
                            "六、其他需要报告的事项");
            assertThat(text.indexOf("一、总体情况")).as("headings in order").isLessThan(text.indexOf("二、主动公开政府信息情况"));
            assertThat(text.indexOf("五、存在的主要问题及改进情况")).isLessThan(text.indexOf("六、其他需要报告的事项"));
            // section text, drawn with the embedded Chinese font
            assertThat(text).contains(strip(S1_FIRST), strip(S1_SECOND), strip(S5), strip(S6));
            // the official labels of the three tables
            assertThat(text)
                    .contains(
                            "第二十条第（一）项",
                            "行政规范性文件",
                            "本年收费金额（单位：万元）",
                            "三、本年度办理结果",
                            "（三）不予公开",
                            "1.属于国家秘密",
                            "（四）无法提供",
                            "（七）总计",
                            "四、结转下年度继续办理",
                            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                            "法人或其他组织",
                            "未经复议直接起诉",
                            "复议后起诉");

            // the figures, each in the row of its label (read by position, a table row is one line)
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            List<String> lines = byPosition
                    .getText(pdf)
                    .lines()
                    .map(l -> l.replaceAll("\\s+", " ").strip())
                    .toList();
            assertThat(lineStartingWith(lines, "行政规范性文件")).endsWith("12 3 245");
            assertThat(lineStartingWith(lines, "行政许可")).endsWith("3861");
            assertThat(lineStartingWith(lines, "行政事业性收费")).endsWith("12.345678");
            assertThat(lineStartingWith(lines, "一、本年新收政府信息公开申请数量")).endsWith("131 17 2 3 5 1 159");
            // 「三、本年度办理结果」 stands at the top of its rows, on the line of （一）
            assertThat(lineContaining(lines, "（一）予以公开")).endsWith("88 9 0 0 0 0 97");
            assertThat(lineContaining(lines, "3.危及")).endsWith("2 0 0 0 0 0 2");
            assertThat(lineStartingWith(lines, "（七）总计")).endsWith("127 9 2 3 5 0 146");
            assertThat(lineStartingWith(lines, "四、结转下年度继续办理")).endsWith("11 8 0 0 0 1 20");
            assertThat(lines).contains("6 1 0 2 9 3 0 0 1 4 2 0 0 0 2");

            // no font of the operating system: every font the pages use is in the file
            List<PDFont> fonts = fontsOf(pdf);
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts)
                    .extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).contains("NotoSansSC"));
            // only the glyphs the report uses (a subset, named XXXXXX+…), not the 10 MB of each weight
            assertThat(fonts)
                    .extracting(PDFont::getName)
                    .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+NotoSansSC-.*"));
            assertThat(body.length).isLessThan(1024 * 1024);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(agency.name() + year + "年政府信息公开工作年度报告");
        }
    }

    @Test
    void the_json_holds_exactly_the_stored_figures_of_all_200_cells() throws Exception {
        int year = ++nextYear;
        PublishedReport published = publishSignedOffReport(year);
        ReportTables stored = publications
                .content(published.publicationId())
                .orElseThrow()
                .content()
                .tables();

        HttpResponse<byte[]> response = get("/public/reports/" + published.publicationId() + ".json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(savedName(response)).isEqualTo(agency.name() + year + "年政府信息公开工作年度报告-表格数据.json");
        JsonNode json = jsonMapper.readTree(response.body());
        assertThat(json.get("agency").asString()).isEqualTo(agency.name());
        assertThat(json.get("year").isInt()).isTrue();
        assertThat(json.get("year").asInt()).isEqualTo(year);
        assertThat(OffsetDateTime.parse(json.get("publishedAt").asString()).toInstant())
                .isEqualTo(published.publishedAt().truncatedTo(ChronoUnit.SECONDS));

        JsonNode tables = json.get("tables");
        assertThat(tables.propertyNames()).containsExactly("t2", "t3", "t4");
        assertThat(tables.get("t2").propertyNames())
                .containsExactlyElementsOf(
                        Cells.all().stream().filter(id -> id.startsWith("t2.")).toList());
        assertThat(tables.get("t3").propertyNames()).hasSize(25);
        assertThat(tables.get("t3"))
                .allSatisfy(row -> assertThat(row.propertyNames())
                        .containsExactly(
                                "np",
                                "le.business",
                                "le.research",
                                "le.public_welfare",
                                "le.legal_service",
                                "le.other",
                                "total"));
        assertThat(tables.get("t4").propertyNames()).hasSize(15);

        // every cell as a JSON number equal to what is stored: 10 + 25 × 7 + 15
        Map<String, JsonNode> served = new HashMap<>();
        tables.get("t2").properties().forEach(e -> served.put(e.getKey(), e.getValue()));
        tables.get("t3")
                .properties()
                .forEach(row -> row.getValue()
                        .properties()
                        .forEach(e -> served.put("t3." + row.getKey() + "." + e.getKey(), e.getValue())));
        tables.get("t4").properties().forEach(e -> served.put(e.getKey(), e.getValue()));
        assertThat(served).hasSize(200);
        assertThat(served.keySet()).containsExactlyInAnyOrderElementsOf(Cells.all());
        for (String cellId : Cells.all()) {
            JsonNode value = served.get(cellId);
            assertThat(value.isNumber()).as(cellId + " is a JSON number").isTrue();
            assertThat(value.decimalValue()).as(cellId).isEqualByComparingTo(stored.value(cellId));
            if (!cellId.equals(T2Cell.FEES_AMOUNT.id())) {
                assertThat(value.isIntegralNumber())
                        .as(cellId + " is a whole number")
                        .isTrue();
            }
        }
        // and the figures are the ones the handler typed, not only equal to a copy of them
        assertThat(tables.get("t2").get("t2.fees.amount_wan").decimalValue()).isEqualByComparingTo("12.345678");
        assertThat(tables.get("t3").get("new").get("total").asInt()).isEqualTo(159);
        assertThat(tables.get("t3").get("r.total").get("np").asInt()).isEqualTo(127);
        assertThat(tables.get("t3").get("r.deny.1").get("le.other").asInt()).isZero();
        assertThat(tables.get("t4").get("t4.review.total").asInt()).isEqualTo(9);
    }

    @Test
    void the_csv_opens_in_excel_as_utf8_with_one_line_per_figure() throws Exception {
        int year = ++nextYear;
        PublishedReport published = publishSignedOffReport(year);

        HttpResponse<byte[]> response = get("/public/reports/" + published.publicationId() + ".csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(savedName(response)).isEqualTo(agency.name() + year + "年政府信息公开工作年度报告-表格数据.csv");
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(csv).endsWith("\r\n");
        assertThat(lines.getFirst()).isEqualTo("机关,年度,表,行,列,单元格编号,数值");
        assertThat(lines).hasSize(1 + 200);
        String prefix = agency.name() + "," + year + ",";
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).startsWith(prefix));
        assertThat(lines)
                .contains(
                        prefix + "二、主动公开政府信息情况,行政规范性文件,本年制发件数,t2.normative.issued,12",
                        prefix + "二、主动公开政府信息情况,行政事业性收费,本年收费金额（单位：万元）,t2.fees.amount_wan,12.345678",
                        prefix + "三、收到和处理政府信息公开申请情况,一、本年新收政府信息公开申请数量,自然人,t3.new.np,131",
                        prefix + "三、收到和处理政府信息公开申请情况,（三）不予公开 3.危及“三安全一稳定”,自然人,t3.r.deny.3.np,2",
                        prefix + "三、收到和处理政府信息公开申请情况,（七）总计,总计,t3.r.total.total,146",
                        prefix + "三、收到和处理政府信息公开申请情况,四、结转下年度继续办理,法人或其他组织 其他,t3.carry_out.le.other,1",
                        prefix + "四、政府信息公开行政复议、行政诉讼情况,行政诉讼 未经复议直接起诉,总计,t4.lit_direct.total,4");
        assertThat(lines.subList(1, lines.size()))
                .extracting(line -> line.split(",")[5])
                .containsExactlyElementsOf(Cells.all());
    }

    @Test
    void the_report_page_links_to_the_three_downloads() throws Exception {
        int year = ++nextYear;
        PublishedReport published = publishSignedOffReport(year);

        HttpResponse<byte[]> page = get("/public/reports/" + published.publicationId());

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
        Map<String, String> expectedTypes =
                Map.of("下载PDF", "application/pdf", "数据（JSON）", "application/json", "数据（CSV）", "text/csv");
        for (Map.Entry<String, String> link : expectedTypes.entrySet()) {
            List<Element> anchors = html.select("a").stream()
                    .filter(a -> a.text().equals(link.getKey()))
                    .toList();
            assertThat(anchors).as(link.getKey()).hasSize(1);
            HttpResponse<byte[]> download = get(anchors.getFirst().attr("href"));
            assertThat(download.statusCode()).as(link.getKey()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type"))
                    .as(link.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith(link.getValue()));
            assertThat(savedName(download)).as(link.getKey()).startsWith(agency.name() + year + "年");
        }
    }

    @Test
    void a_publication_that_does_not_exist_is_not_found_in_any_format() throws Exception {
        for (String format : List.of("pdf", "json", "csv")) {
            HttpResponse<byte[]> response = get("/public/reports/987654321." + format);

            assertThat(response.statusCode()).as(format).isEqualTo(404);
            response.headers()
                    .firstValue("Content-Disposition")
                    .ifPresent(disposition -> assertThat(disposition)
                            .as(format + ": nothing to save")
                            .doesNotContain("attachment"));
            assertThat(response.headers().firstValue("Location"))
                    .as(format + ": no login redirect")
                    .isEmpty();
        }
        // a browser asking for the PDF of a report that is not there gets the portal's page saying so
        HttpResponse<byte[]> inBrowser = get("/public/reports/987654321.pdf", "text/html");
        assertThat(inBrowser.statusCode()).isEqualTo(404);
        assertThat(new String(inBrowser.body(), StandardCharsets.UTF_8)).contains("您要找的报告不存在或尚未发布");
    }

    @Test
    void the_figures_of_a_draft_or_a_report_under_review_are_not_reachable() throws Exception {
        int draftYear = ++nextYear;
        int reviewYear = ++nextYear;
        long draftId = logins.as(agency.handler(), () -> workflow.startReport(draftYear));
        save(draftId, figures());
        long reviewId = draftAndSubmit(reviewYear);
        assertThat(logins.as(agency.handler(), () -> reports.view(reviewId).stage()))
                .isEqualTo(ReportStage.SECRECY_REVIEW);

        // a report id is no way in: it answers 404, or (should it equal some publication's id) another report
        for (long reportId : List.of(draftId, reviewId)) {
            boolean isSomePublicationsId = publications.find(reportId).isPresent();
            for (String format : List.of("pdf", "json", "csv")) {
                HttpResponse<byte[]> response = get("/public/reports/" + reportId + "." + format);
                if (!isSomePublicationsId) {
                    assertThat(response.statusCode())
                            .as(reportId + "." + format)
                            .isEqualTo(404);
                }
                assertThat(textOf(response, format)).as(reportId + "." + format).doesNotContain(agency.name());
            }
        }
        assertThat(publications.list()).extracting(PublishedReport::agencyName).doesNotContain(agency.name());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, "*/*");
    }

    private HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The name a browser saves the download under: the RFC 5987 {@code filename*}, with an ASCII fallback beside it. */
    private static String savedName(HttpResponse<byte[]> response) {
        String disposition =
                response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename=\"");
        Matcher fallback = Pattern.compile("filename=\"([^\"]*)\"").matcher(disposition);
        assertThat(fallback.find()).isTrue();
        assertThat(fallback.group(1)).matches("[A-Za-z0-9._-]+");
        Matcher extended = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(disposition);
        assertThat(extended.find()).as(disposition).isTrue();
        assertThat(extended.group(1)).as("RFC 5987 value-chars only").matches("[A-Za-z0-9!#$&+.^_`|~%-]+");
        return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String textOf(HttpResponse<byte[]> response, String format) throws IOException {
        byte[] body = response.body();
        if (format.equals("pdf") && response.statusCode() == 200) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String strip(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String lineStartingWith(List<String> lines, String label) {
        List<String> found = lines.stream().filter(l -> l.startsWith(label)).toList();
        assertThat(found)
                .as("one line starting with " + label + " in\n" + String.join("\n", lines))
                .hasSize(1);
        return found.getFirst();
    }

    private static String lineContaining(List<String> lines, String label) {
        List<String> found = lines.stream().filter(l -> l.contains(label)).toList();
        assertThat(found)
                .as("one line containing " + label + " in\n" + String.join("\n", lines))
                .hasSize(1);
        return found.getFirst();
    }

    private static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    /**
     * Consistent figures (every cross-check holds) that are distinctive enough to find in the PDF. The totals are
     * left out: the report computes and stores them.
     */
    static Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> cells = new HashMap<>();
        put(cells, T2Cell.NORMATIVE_ISSUED.id(), 12);
        put(cells, T2Cell.NORMATIVE_REPEALED.id(), 3);
        put(cells, T2Cell.NORMATIVE_VALID.id(), 245);
        put(cells, T2Cell.LICENSE_DECISIONS.id(), 3861);
        put(cells, T2Cell.PENALTY_DECISIONS.id(), 472);
        put(cells, T2Cell.COERCION_DECISIONS.id(), 19);
        cells.put(T2Cell.FEES_AMOUNT.id(), new BigDecimal("12.345678"));
        putRow(cells, T3Row.NEW, 131, 17, 2, 3, 5, 1);
        putRow(cells, T3Row.CARRY_IN, 7, 0, 0, 0, 0, 0);
        putRow(cells, T3Row.OPEN, 88, 9, 0, 0, 0, 0);
        putRow(cells, T3Row.PARTIAL, 21, 0, 0, 0, 5, 0);
        putRow(cells, T3Row.DENY_3, 2, 0, 0, 0, 0, 0);
        putRow(cells, T3Row.UNABLE_1, 12, 0, 2, 0, 0, 0);
        putRow(cells, T3Row.NOPROC_2, 4, 0, 0, 0, 0, 0);
        putRow(cells, T3Row.OTHER_3, 0, 0, 0, 3, 0, 0);
        putRow(cells, T3Row.CARRY_OUT, 11, 8, 0, 0, 0, 1);
        put(cells, Cells.t4(T4Group.REVIEW, T4Column.UPHELD), 6);
        put(cells, Cells.t4(T4Group.REVIEW, T4Column.CORRECTED), 1);
        put(cells, Cells.t4(T4Group.REVIEW, T4Column.PENDING), 2);
        put(cells, Cells.t4(T4Group.LIT_DIRECT, T4Column.UPHELD), 3);
        put(cells, Cells.t4(T4Group.LIT_DIRECT, T4Column.PENDING), 1);
        put(cells, Cells.t4(T4Group.LIT_AFTER, T4Column.UPHELD), 2);
        return cells;
    }

    private static void putRow(Map<String, BigDecimal> cells, T3Row row, long... applicantColumns) {
        List<T3Column> columns = T3Column.applicantColumns();
        for (int i = 0; i < columns.size(); i++) {
            put(cells, Cells.t3(row, columns.get(i)), applicantColumns[i]);
        }
    }

    private static void put(Map<String, BigDecimal> cells, String cellId, long value) {
        cells.put(cellId, BigDecimal.valueOf(value));
    }

    @Test
    void markup_typed_into_a_section_is_printed_as_text_in_the_pdf() throws Exception {
        String hostile = "<script>alert(1)</script><b>粗体</b>";
        PublishedReport published =
                journey.published(agency, ++nextYear, Map.of(Section.S1, S1_FIRST, Section.S6, hostile), figures());

        HttpResponse<byte[]> response = get("/public/reports/" + published.publicationId() + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains(hostile);
        }
    }

    private PublishedReport publishSignedOffReport(int year) {
        return journey.published(agency, year, texts(), figures());
    }

    private long draftAndSubmit(int year) {
        return journey.drafted(agency, year, texts(), figures());
    }

    private void save(long reportId, Map<String, BigDecimal> cells) {
        journey.save(agency, reportId, texts(), cells);
    }

    private static Map<Section, String> texts() {
        return Map.of(Section.S1, S1_FIRST + "\n" + S1_SECOND, Section.S5, S5, Section.S6, S6);
    }

    private WorkItem taskOf(String username, long reportId) {
        return journey.taskOf(username, reportId);
    }
}
