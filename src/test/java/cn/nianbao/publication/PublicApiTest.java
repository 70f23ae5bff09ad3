package cn.nianbao.publication;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.workflow.ReportJourney;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read-only public API over real HTTP, as another system uses it (issue 19). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PublicApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_openapi_document_is_openapi_3_1_and_describes_every_endpoint_and_its_shapes() throws Exception {
        HttpResponse<String> response = get("/public/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());

        assertThat(doc.path("openapi").asString()).startsWith("3.1.");
        List<String> paths = new ArrayList<>(doc.path("paths").propertyNames());
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/public/api/v1/reports",
                        "/public/api/v1/reports/{publicationId}",
                        "/public/api/v1/agencies/{agencyId}/years",
                        "/public/api/v1/agencies/{agencyId}/area/{year}");
        assertThat(doc.path("components").path("schemas").propertyNames())
                .contains("ApiTables", "ApiCell", "ReportSummary", "Report", "AgencyYears", "AreaSums");

        OpenAPI parsed = Json31.mapper().readValue(response.body(), OpenAPI.class);
        assertThat(parsed.getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(parsed.getPaths().get("/public/api/v1/reports").getGet().getParameters())
                .extracting(p -> p.getName())
                .containsExactly("q", "year", "page", "size");
        assertThat(parsed.getPaths()
                        .get("/public/api/v1/reports")
                        .getGet()
                        .getParameters()
                        .get(3)
                        .getSchema()
                        .getMaximum())
                .isEqualByComparingTo("100");
        assertThat(parsed.getComponents().getSchemas().get("ApiCell").getProperties())
                .containsKeys("cell", "table", "row", "column", "value");
    }

    @Test
    void swagger_ui_is_served_at_public_api_with_a_policy_that_lets_it_run_and_the_portal_keeps_its_strict_one()
            throws Exception {
        HttpResponse<String> ui = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/api"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = ui.headers().firstValue("Location").orElse("/public/api");
        HttpResponse<String> page = get(URI.create(location).getPath());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(Jsoup.parse(page.body()).select("script[src]"))
                .isNotEmpty()
                .allSatisfy(script -> assertThat(get(URI.create(location)
                                        .resolve(script.attr("src"))
                                        .getPath())
                                .statusCode())
                        .isEqualTo(200));
        assertThat(Jsoup.parse(page.body()).select("script:not([src])")).isEmpty();
        assertThat(get(URI.create(location).resolve("swagger-initializer.js").getPath())
                        .body())
                .contains("/public/api/openapi.json");
        assertThat(get("/public")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .startsWith("default-src 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void one_report_has_its_three_tables_in_one_shape_and_an_etag_answered_304() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(agency, 2024, texts("总体情况。"), CONSISTENT_FIGURES);

        HttpResponse<String> response = get("/public/api/v1/reports/" + published.publicationId());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.path("agency").asString()).isEqualTo(agency.name());
        assertThat(report.path("tables").path("t2")).hasSize(10);
        assertThat(report.path("tables").path("t3")).isNotEmpty();
        assertThat(report.path("tables").path("t4")).isNotEmpty();
        JsonNode newApplications = cell(report.path("tables").path("t3"), Cells.t3(T3Row.NEW, T3Column.NP));
        assertThat(newApplications.path("value").asLong()).isEqualTo(5);
        assertThat(newApplications.path("row").asString()).isEqualTo(ReportData.rowName(T3Row.NEW));

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(
                request("/public/api/v1/reports/" + published.publicationId())
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void an_abbreviation_finds_the_agency_through_the_api_and_the_portal_search() throws Exception {
        TestAgency science = testAgencies.createNamed("温县科学技术局");
        PublishedReport published = journey.published(science, 2024, texts("总体情况。"), CONSISTENT_FIGURES);
        String typed = URLEncoder.encode("科技", StandardCharsets.UTF_8);

        JsonNode found = json.readTree(get("/public/api/v1/reports?q=" + typed).body());
        assertThat(found.path("items").valueStream().map(i -> i.path("agency").asString()))
                .contains("温县科学技术局");
        assertThat(Jsoup.parse(get("/public?q=" + typed).body()).select(".report-list li a[href^=/public/reports/]"))
                .extracting(a -> a.attr("href"))
                .contains("/public/reports/" + published.publicationId());
    }

    @Test
    void the_list_comes_in_pages_of_the_asked_size() throws Exception {
        TestAgency agency = testAgencies.create();
        journey.published(agency, 2022, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.published(agency, 2023, texts("总体情况。"), CONSISTENT_FIGURES);
        String q = URLEncoder.encode(agency.name(), StandardCharsets.UTF_8);

        JsonNode first =
                json.readTree(get("/public/api/v1/reports?size=1&q=" + q).body());
        JsonNode second =
                json.readTree(get("/public/api/v1/reports?size=1&page=1&q=" + q).body());

        assertThat(first.path("total").asLong()).isEqualTo(2);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("year").asInt()).isEqualTo(2023);
        assertThat(second.path("items").get(0).path("year").asInt()).isEqualTo(2022);
    }

    @Test
    void an_agencys_years_and_a_countys_area_sums_are_served() throws Exception {
        TestCounty county = testAgencies.createCounty();
        TestAgency one = testAgencies.createBelow(county.id());
        TestAgency two = testAgencies.createBelow(county.id());
        journey.published(one, 2024, texts("总体情况。"), CONSISTENT_FIGURES);

        JsonNode years = json.readTree(
                get("/public/api/v1/agencies/" + one.id() + "/years").body());
        assertThat(years.path("years").get(0).path("year").asInt()).isEqualTo(2024);
        assertThat(years.path("years")
                        .get(0)
                        .path("headline")
                        .path("本年新收政府信息公开申请")
                        .asLong())
                .isEqualTo(5);

        JsonNode area = json.readTree(
                get("/public/api/v1/agencies/" + county.id() + "/area/2024").body());
        assertThat(area.path("included").valueStream().map(JsonNode::asString)).containsExactly(one.name());
        assertThat(area.path("missing").valueStream().map(JsonNode::asString)).containsExactly(two.name());
        assertThat(cell(area.path("tables").path("t3"), Cells.t3(T3Row.NEW, T3Column.NP))
                        .path("value")
                        .asLong())
                .isEqualTo(5);
    }

    @Test
    void every_bad_parameter_answers_problem_json_in_chinese() throws Exception {
        for (String path : List.of(
                "/public/api/v1/reports?year=24",
                "/public/api/v1/reports?page=-1",
                "/public/api/v1/reports?size=1000",
                "/public/api/v1/reports?q=" + "局".repeat(51),
                "/public/api/v1/reports/abc",
                "/public/api/v1/agencies/1/area/abcd")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertProblemInChinese(response, path);
        }
        HttpResponse<String> missing = get("/public/api/v1/reports/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblemInChinese(missing, "unknown report");
    }

    private void assertProblemInChinese(HttpResponse<String> response, String path) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("title").asString()).as(path).containsPattern("\\p{IsHan}");
        assertThat(problem.path("detail").asString()).as(path).containsPattern("\\p{IsHan}");
        assertThat(response.body()).as(path).doesNotContain("Exception", "trace");
    }

    private static JsonNode cell(JsonNode table, String cellId) {
        return table.valueStream()
                .filter(c -> c.path("cell").asString().equals(cellId))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
