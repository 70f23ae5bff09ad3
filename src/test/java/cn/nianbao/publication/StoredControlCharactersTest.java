package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report published before control characters were cleaned on the way in (or whose text reached the database some
 * other way) still renders everywhere, over real HTTP: the PDF, the JSON, the CSV, the portal page and the feed each
 * answer 200 with the text readable and without a control character. The text and the agency's name are written
 * straight into the tables of a published report, as such a report would have them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class StoredControlCharactersTest {

    /** What XML 1.0 refuses, as a PDF's or a feed's text must never hold; line ends and tab aside. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x{FFFE}\\x{FFFF}]");

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deliveries deliveries;

    @Autowired
    JsonMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void a_published_report_stored_with_control_characters_renders_in_every_format() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport published =
                journey.published(agency, 2025, ReportJourney.texts("本年度工作概况。"), ReportJourney.CONSISTENT_FIGURES);
        // an edition published before its files were kept: they are made from the tables at the first request
        deliveries.awaitAll();
        jdbc.sql("delete from edition_file where publication_id = ?")
                .param(published.publicationId())
                .update();
        jdbc.sql("update report_section set body = ? where report_id = ? and section = 'S1'")
                .params("从Word粘贴的第一段\u000B第二段\u0000含空字符\u0001，\u001F结束。", published.reportId())
                .update();
        jdbc.sql("update agency set name = ? where id = ?")
                .params(agency.name() + "\u0007𠮷", agency.id())
                .update();
        String agencyName = agency.name() + "𠮷";
        String base = "/public/reports/" + published.publicationId();

        HttpResponse<byte[]> pdf = get(base + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).doesNotContainPattern(CONTROL);
            assertThat(text.lines()).contains("从Word粘贴的第一段", "第二段含空字符，结束。");
            assertThat(text.replaceAll("\\s+", "")).contains(agencyName + "2025年政府信息公开工作年度报告");
        }

        HttpResponse<byte[]> page = get(base);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern(CONTROL);
        Document portal = Jsoup.parse(html);
        assertThat(portal.select("p").eachText()).contains("从Word粘贴的第一段", "第二段含空字符，结束。");
        assertThat(portal.selectFirst("h1").text()).isEqualTo(agencyName + "2025年政府信息公开工作年度报告");

        HttpResponse<byte[]> data = get(base + ".json");
        assertThat(data.statusCode()).isEqualTo(200);
        JsonNode tables = json.readTree(data.body());
        assertThat(tables.get("agency").asString()).isEqualTo(agencyName);
        assertThat(tables.get("title").asString()).isEqualTo(agencyName + "2025年政府信息公开工作年度报告");

        HttpResponse<byte[]> csv = get(base + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String lines = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(lines).doesNotContainPattern(CONTROL);
        assertThat(lines.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith(agencyName + ",2025,"));

        HttpResponse<byte[]> feed = get("/public/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        // a feed reader's XML parser: a control character would make the whole feed unreadable
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        assertThat(new String(feed.body(), StandardCharsets.UTF_8)).contains(agencyName);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
