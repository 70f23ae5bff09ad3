package cn.nianbao.desk;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.HttpBrowser;
import cn.nianbao.workflow.ReportJourney;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 签发单 and 审批表 over real HTTP as the report page links them: a PDF for a reader of the report, signed in; not
 * found for someone of another agency and for an address that names no form; the login page for a stranger.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
class ApprovalFormsOverHttpTest {

    /**
     * Each login from an address of its own (RFC 5737), as LoginOverHttpTest does: the suite's wrong passwords from
     * 127.0.0.1 may have stopped that address's logins for a while (LoginAddressLimit).
     */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void a_reader_downloads_the_forms_and_nobody_else_does() throws Exception {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.approveAll(agency, reportId);
        String signOff = "/forms/reports/" + reportId + "/sign-off.pdf";

        HttpBrowser reader = new HttpBrowser(port);
        assertThat(signIn(reader, agency.handler())).isEqualTo("/");
        HttpResponse<byte[]> pdf = reader.download(signOff);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E6%94%BF%E5%BA%9C");
        try (PDDocument sheet = Loader.loadPDF(pdf.body())) {
            assertThat(sheet.getNumberOfPages()).isOne();
            assertThat(new PDFTextStripper().getText(sheet))
                    .contains("政府信息公开工作年度报告签发单", agency.name() + "2025年政府信息公开工作年度报告")
                    .containsPattern("签字：保密\\d+\\s+日期\\s+\\d{4}年")
                    .containsPattern("签字：主要\\d+");
        }
        assertThat(reader.download("/forms/reports/" + reportId + "/secrecy-review.pdf")
                        .statusCode())
                .isEqualTo(200);
        assertThat(reader.download("/forms/reports/" + reportId + "/other.pdf").statusCode())
                .isEqualTo(404);

        HttpBrowser otherAgency = new HttpBrowser(port);
        assertThat(signIn(otherAgency, testAgencies.create().lead())).isEqualTo("/");
        HttpResponse<byte[]> refused = otherAgency.download(signOff);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo("报告不存在或您无权查看。");

        HttpResponse<byte[]> stranger = new HttpBrowser(port).download(signOff);
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.redirect(stranger)).isEqualTo("/login");
    }

    /** Where the login sent the browser: "/" once signed in. */
    private static String signIn(HttpBrowser browser, String username) throws Exception {
        return HttpBrowser.redirect(browser.login(
                username, TestAgencies.PASSWORD, "X-Forwarded-For", "203.0.113." + (10 + ADDRESSES.incrementAndGet())));
    }
}
