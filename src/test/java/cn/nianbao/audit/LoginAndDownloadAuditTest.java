package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.HttpBrowser;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP, as a browser does it: the login form's success and failure, and an anonymous visitor's download,
 * each recorded with who and the client's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class LoginAndDownloadAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    TrailReader trail;

    @Test
    void a_successful_login_through_the_form_is_recorded_with_the_person_and_their_address() throws Exception {
        TestAgency agency = testAgencies.create();

        HttpResponse<String> response = login(browser(), agency.handler(), TestAgencies.PASSWORD);

        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        AuditEntry entry = trail.byActor(agency.handler()).getLast();
        assertThat(entry.actionCode()).isEqualTo("LOGIN_SUCCEEDED");
        assertThat(entry.actorName()).startsWith("经办");
        assertThat(entry.clientIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.target()).isEqualTo("用户 " + agency.handler());
    }

    @Test
    void a_failed_login_names_the_typed_user_name_and_reads_the_same_whether_the_account_exists() throws Exception {
        String existing = testAgencies.create().handler();
        String unknown = "nobody-" + System.nanoTime();

        HttpResponse<String> wrongPassword = login(browser(), existing, "wrong-password");
        login(browser(), unknown, "guess");

        assertThat(wrongPassword.headers().firstValue("Location").orElse("")).contains("error");
        AuditEntry forExisting = trail.byActor(existing).getLast();
        AuditEntry forUnknown = trail.byActor(unknown).getLast();
        assertThat(List.of(forExisting, forUnknown)).allSatisfy(entry -> {
            assertThat(entry.actionCode()).isEqualTo("LOGIN_FAILED");
            assertThat(entry.actorName()).isEqualTo("未认证用户");
            assertThat(entry.clientIp()).isNotBlank();
        });
        assertThat(forExisting.target()).isEqualTo("用户 " + existing);
        assertThat(forUnknown.target()).isEqualTo("用户 " + unknown);
        assertThat(forExisting.detail()).isEqualTo(forUnknown.detail());
    }

    @Test
    void an_anonymous_download_is_recorded_as_匿名_with_the_address() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport published = journey.published(
                agency,
                2025,
                Map.of(),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP),
                        BigDecimal.ONE,
                        Cells.t3(T3Row.OPEN, T3Column.NP),
                        BigDecimal.ONE));

        HttpResponse<String> csv = browser().get("/public/reports/" + published.publicationId() + ".csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        AuditEntry entry =
                trail.forTarget(ReportRef.auditTarget(published.reportId())).getLast();
        assertThat(entry.actionCode()).isEqualTo("DOWNLOADED");
        assertThat(entry.actorName()).isEqualTo("匿名");
        assertThat(entry.clientIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.detail()).contains(".csv", "发布编号 " + published.publicationId());
    }

    private HttpBrowser browser() {
        return new HttpBrowser(port);
    }

    private HttpResponse<String> login(HttpBrowser browser, String username, String password) throws Exception {
        return browser.login(username, password);
    }
}
