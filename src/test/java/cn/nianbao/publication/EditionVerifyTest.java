package cn.nianbao.publication;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixed SM3 digests of a published edition and 核验 over real HTTP: the page shows the digests of the very files
 * the downloads serve, a file someone holds is recognised as this edition or a superseded one, and one changed byte
 * makes it not Nianbao's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class EditionVerifyTest {

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

    @Autowired
    Deliveries deliveries;

    @Autowired
    EditionFileRepository stored;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper jsonMapper;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_digests_are_stored_at_publication_and_are_those_of_the_downloaded_files() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2022, texts("总体情况。"), CONSISTENT_FIGURES);
        deliveries.awaitAll();
        assertThat(stored.existsById(published.publicationId())).isTrue();

        PortalVisitor visitor = new PortalVisitor(port);
        String page = "/public/reports/" + published.publicationId();
        Document first = visitor.page(page);
        String pdfSm3 = first.selectFirst("#verify .pdf-sm3").text();
        String jsonSm3 = first.selectFirst("#verify .json-sm3").text();
        assertThat(pdfSm3).hasSize(64);
        assertThat(visitor.page(page + "/verify")
                        .selectFirst("#verify .pdf-sm3")
                        .text())
                .isEqualTo(pdfSm3);

        byte[] pdf = download(page + ".pdf");
        byte[] json = download(page + ".json");
        assertThat(download(page + ".pdf")).isEqualTo(pdf);
        assertThat(Sm3.hex(pdf)).isEqualTo(pdfSm3);
        assertThat(Sm3.hex(CanonicalJson.bytes(CanonicalJson.of(json)))).isEqualTo(jsonSm3);
        assertThat(answer(published.publicationId(), "report.pdf", pdf)).isEqualTo("核验结果：与本版本一致");
        assertThat(answer(published.publicationId(), "report.json", json)).isEqualTo("核验结果：与本版本一致");
    }

    @Test
    void a_file_with_one_byte_changed_is_not_recognised() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2022, texts("总体情况。"), CONSISTENT_FIGURES);
        String page = "/public/reports/" + published.publicationId();
        byte[] pdf = download(page + ".pdf");
        pdf[pdf.length / 2] ^= 1;
        String json = new String(download(page + ".json"), StandardCharsets.UTF_8);
        String changed = json.replaceFirst("\"year\" : 2022", "\"year\" : 2021");
        assertThat(changed).isNotEqualTo(json);

        assertThat(answer(published.publicationId(), "report.pdf", pdf)).isEqualTo("核验结果：不是本系统发布的文件，或已被改动");
        assertThat(answer(published.publicationId(), "report.json", changed.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("核验结果：不是本系统发布的文件，或已被改动");
    }

    @Test
    void a_superseded_editions_files_are_recognised_as_superseded_and_say_so() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport first = journey.published(agency, 2021, texts("第一版的总体情况。"), CONSISTENT_FIGURES);
        String firstPage = "/public/reports/" + first.publicationId();
        byte[] firstPdf = download(firstPage + ".pdf");
        PublishedReport corrected = correct(agency, first);

        assertThat(answer(corrected.publicationId(), "first.pdf", firstPdf))
                .isEqualTo("核验结果：与已被更正的第 1 版一致（现行版本为第 2 版）");
        assertThat(answer(first.publicationId(), "first.pdf", firstPdf)).isEqualTo("核验结果：与本版本一致（本版本已被更正，现行版本为第 2 版）");
        assertThat(download(firstPage + "/published.pdf")).isEqualTo(firstPdf);
        assertThat(stored.findById(first.publicationId()).orElseThrow().getPdfSm3())
                .isEqualTo(Sm3.hex(firstPdf));

        byte[] firstJson = download(firstPage + ".json");
        JsonNode status = jsonMapper.readTree(firstJson).get(CanonicalJson.STATUS);
        assertThat(status.get("state").asString()).isEqualTo("已被更正");
        assertThat(status.get("url").asString()).endsWith("/public/reports/" + corrected.publicationId());
        assertThat(answer(corrected.publicationId(), "first.json", firstJson))
                .isEqualTo("核验结果：与已被更正的第 1 版一致（现行版本为第 2 版）");

        byte[] markedPdf = download(firstPage + ".pdf");
        assertThat(markedPdf).isNotEqualTo(firstPdf);
        assertThat(text(markedPdf).replaceAll("\\s", ""))
                .contains("已被更正：本版本（第1版）已于" + corrected.publishedOn() + "被第2版更正，不再是现行版本。")
                .contains("第一版的总体情况。");
        assertThat(links(markedPdf)).anyMatch(uri -> uri.endsWith("/public/reports/" + corrected.publicationId()));
        assertThat(download(firstPage + ".pdf")).isEqualTo(markedPdf);
        Document verifyPage = new PortalVisitor(port).page(firstPage + "/verify");
        assertThat(verifyPage.selectFirst("#verify .pdf-sm3").text()).isEqualTo(Sm3.hex(firstPdf));
        assertThat(verifyPage.selectFirst("#verify .superseded-pdf-sm3").text()).isEqualTo(Sm3.hex(markedPdf));
        assertThat(answer(first.publicationId(), "marked.pdf", markedPdf)).isEqualTo("核验结果：与本版本一致（本版本已被更正，现行版本为第 2 版）");
        assertThat(answer(corrected.publicationId(), "marked.pdf", markedPdf))
                .isEqualTo("核验结果：与已被更正的第 1 版一致（现行版本为第 2 版）");

        JsonNode apiEdition = jsonMapper
                .readTree(download("/public/api/v1/reports/" + first.publicationId()))
                .get("edition");
        assertThat(apiEdition.get("number").asInt()).isEqualTo(1);
        assertThat(apiEdition.get("current").asBoolean()).isFalse();
        assertThat(apiEdition.get("supersededBy").asLong()).isEqualTo(corrected.publicationId());
        assertThat(apiEdition.get("pdfSm3").asString()).isEqualTo(Sm3.hex(firstPdf));
        assertThat(apiEdition.get("supersededPdfSm3").asString()).isEqualTo(Sm3.hex(markedPdf));

        byte[] correctedPdf = download("/public/reports/" + corrected.publicationId() + ".pdf");
        assertThat(download("/public/reports/" + corrected.publicationId() + "/published.pdf"))
                .isEqualTo(correctedPdf);
        assertThat(text(correctedPdf)).doesNotContain("已被更正：");
        assertThat(text(correctedPdf).replaceAll("\\s", ""))
                .contains("更正公告：本报告于" + corrected.publishedOn() + "更正（第2版）。")
                .contains("更正说明：" + NOTE.replaceAll("\\s", ""));
        JsonNode correctedJson =
                jsonMapper.readTree(download("/public/reports/" + corrected.publicationId() + ".json"));
        assertThat(correctedJson.get("edition").asInt()).isEqualTo(2);
        assertThat(correctedJson.get("correctionNote").asString()).isEqualTo(NOTE);
        assertThat(correctedJson.has(CanonicalJson.STATUS)).isFalse();
    }

    @Test
    void an_edition_published_before_digests_were_kept_gets_them_once_at_its_first_request() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2023, texts("总体情况。"), CONSISTENT_FIGURES);
        deliveries.awaitAll();
        jdbc.update("delete from edition_file where publication_id = ?", published.publicationId());

        String page = "/public/reports/" + published.publicationId();
        byte[] pdf = download(page + ".pdf");
        assertThat(stored.findById(published.publicationId()).orElseThrow().getPdfSm3())
                .isEqualTo(Sm3.hex(pdf));
        assertThat(download(page + ".pdf")).isEqualTo(pdf);
    }

    @Test
    void an_empty_upload_is_refused_in_chinese() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2022, texts("总体情况。"), CONSISTENT_FIGURES);
        HttpResponse<String> response = post(published.publicationId(), "empty.pdf", new byte[0]);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("#verify-answer").text())
                .isEqualTo("核验结果：请选择要核验的文件（PDF 或 JSON）。");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_a_portal_page_in_chinese() throws Exception {
        PublishedReport published = journey.published(testAgencies.create(), 2022, texts("总体情况。"), CONSISTENT_FIGURES);
        for (int megabytes : new int[] {20, 22}) {
            HttpResponse<String> response =
                    post(published.publicationId(), "large.pdf", new byte[megabytes * 1024 * 1024 + 1]);
            assertThat(response.statusCode()).as(megabytes + " MB").isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/html");
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("h1").text()).isEqualTo("文件过大");
            assertThat(page.selectFirst("main").text()).contains(megabytes == 20 ? "不能超过 20 MB" : "超过 21 MB");
        }
    }

    @Test
    void the_feed_entry_of_a_correction_is_marked_as_such_and_links_the_superseded_edition() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport first = journey.published(agency, 2024, texts("第一版的总体情况。"), CONSISTENT_FIGURES);
        PublishedReport corrected = correct(agency, first);
        String firstPage = "/public/reports/" + first.publicationId();
        String correctedPage = "/public/reports/" + corrected.publicationId();

        Document atom =
                Jsoup.parse(new String(download("/public/feed.atom"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element correction = atom.select("feed > entry").stream()
                .filter(e -> e.selectFirst("id").text().endsWith(correctedPage))
                .findFirst()
                .orElseThrow();
        assertThat(correction.selectFirst("title").text()).isEqualTo("更正：" + corrected.title());
        assertThat(correction.selectFirst("summary").text()).contains("更正（第2版）", "原第1版已被更正");
        assertThat(correction.selectFirst("link[rel=related]").attr("href")).endsWith(firstPage);
        Element original = atom.select("feed > entry").stream()
                .filter(e -> e.selectFirst("id").text().endsWith(firstPage))
                .findFirst()
                .orElseThrow();
        assertThat(original.selectFirst("title").text()).isEqualTo(first.title());
        assertThat(original.select("link[rel=related]")).isEmpty();

        JsonNode item = null;
        for (JsonNode candidate :
                jsonMapper.readTree(download("/public/feed.json")).get("items")) {
            if (candidate.get("id").asString().endsWith(correctedPage)) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("title").asString()).startsWith("更正：");
        assertThat(item.get("_nianbao").get("edition").asInt()).isEqualTo(2);
        assertThat(item.get("_nianbao").get("supersedes").asString()).endsWith(firstPage);
    }

    private PublishedReport correct(TestAgency agency, PublishedReport first) {
        long correctionId = logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE));
        journey.save(agency, correctionId, texts("更正版的总体情况。"), CONSISTENT_FIGURES);
        journey.submit(agency, correctionId);
        journey.approveAll(agency, correctionId);
        return journey.awaitPublished(correctionId);
    }

    private String answer(long publicationId, String fileName, byte[] file) throws Exception {
        HttpResponse<String> response = post(publicationId, fileName, file);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body()).selectFirst("#verify-answer").text();
    }

    /** The form's request as a browser sends it: multipart/form-data with the file under 「file」. */
    private HttpResponse<String> post(long publicationId, String fileName, byte[] file) throws Exception {
        return post(publicationId, fileName, file, "text/html,application/xhtml+xml");
    }

    private HttpResponse<String> post(long publicationId, String fileName, byte[] file, String accept)
            throws Exception {
        String boundary = "----nianbao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/public/reports/" + publicationId + "/verify"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static List<String> links(byte[] pdf) throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
