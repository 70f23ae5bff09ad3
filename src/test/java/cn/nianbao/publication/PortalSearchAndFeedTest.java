package cn.nianbao.publication;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.PublicUrl;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.workflow.ReportJourney;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal for a citizen looking for an agency, comparing its years, and for a county portal pulling new reports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PortalSearchAndFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    JsonMapper json;

    @Autowired
    PublicUrl publicUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_search_by_part_of_the_agency_name_and_a_year_finds_only_its_reports() throws Exception {
        TestAgency wanted = testAgencies.create();
        TestAgency other = testAgencies.create();
        PublishedReport found = journey.published(wanted, 2024, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.published(other, 2024, texts("总体情况。"), CONSISTENT_FIGURES);

        Document page =
                Jsoup.parse(get("/public?q=" + URLEncoder.encode(wanted.name(), StandardCharsets.UTF_8) + "&year=2024")
                        .body());

        assertThat(page.select(".report-list li a[href^=/public/reports/]"))
                .extracting(a -> a.attr("href"))
                .containsExactly("/public/reports/" + found.publicationId());
        assertThat(page.selectFirst("#search-agency").val()).isEqualTo(wanted.name());
        assertThat(Jsoup.parse(get("/public?q=" + URLEncoder.encode("没有这个机关", StandardCharsets.UTF_8))
                                .body())
                        .selectFirst("#no-match"))
                .isNotNull();
    }

    @Test
    void an_agencys_reports_stand_side_by_side_by_year() throws Exception {
        TestAgency agency = testAgencies.create();
        journey.published(agency, 2022, texts("总体情况。"), figures(5, 0));
        PublishedReport latest = journey.published(agency, 2023, texts("总体情况。"), figures(7, 0));

        HttpResponse<String> response = get("/public/agencies/" + latest.agencyId());

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#across-years thead th a"))
                .extracting(a -> a.text())
                .containsExactly("2023年度", "2022年度");
        assertThat(page.select("#across-years tbody tr").first().select("td"))
                .extracting(td -> td.text())
                .containsExactly("7", "5");
        assertThat(get("/public/agencies/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void the_feeds_announce_a_new_publication_with_its_link_and_escaped_title() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(agency, 2021, texts("总体情况。"), CONSISTENT_FIGURES);
        String page = publicUrl.absolute("/public/reports/" + published.publicationId());

        HttpResponse<String> atom = get("/public/feed.atom");
        assertThat(atom.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        Document feed = Jsoup.parse(atom.body(), "", Parser.xmlParser());
        assertThat(feed.select("feed > entry")).anySatisfy(entry -> {
            assertThat(entry.selectFirst("title").text()).isEqualTo(published.title());
            assertThat(entry.selectFirst("link").attr("href")).isEqualTo(page);
        });

        HttpResponse<String> jsonFeed = get("/public/feed.json");
        JsonNode root = json.readTree(jsonFeed.body());
        assertThat(root.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(root.get("items")
                        .valueStream()
                        .filter(item -> item.get("url").asString().equals(page)))
                .singleElement()
                .satisfies(item -> assertThat(item.get("title").asString()).isEqualTo(published.title()));
    }

    @Test
    void the_feeds_links_come_from_the_configured_address_whatever_host_the_request_names() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(agency, 2022, texts("总体情况。"), CONSISTENT_FIGURES);

        for (String feed : new String[] {"/public/feed.atom", "/public/feed.json"}) {
            String body = getWithHost(feed, "evil.example");

            assertThat(body)
                    .as(feed)
                    .doesNotContain("evil.example")
                    .contains(publicUrl.absolute("/public/reports/" + published.publicationId()));
        }
    }

    /**
     * A request whose Host header names another site (Java's HttpClient refuses to send such a header); HTTP/1.0, so
     * the body comes whole rather than in chunks.
     */
    private String getWithHost(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response.lines().findFirst())
                    .as(path)
                    .hasValueSatisfying(status -> assertThat(status).contains(" 200"));
            return response;
        }
    }

    private static Map<String, BigDecimal> figures(long received, long carriedOut) {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(received));
        cells.put(Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(received - carriedOut));
        cells.put(Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(carriedOut));
        return cells;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
