package cn.nianbao.e2e;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of public page, in a real browser, checked by axe-core against the WCAG 2.1 A and AA rules: no serious or
 * critical violation on the list, a search, an agency page, a corrected report (with its notice and its three
 * tables) and the edition it superseded, the error pages, and all of them again in 大字. The text-size switch is
 * reached and used with the keyboard alone, and the focus stays visible.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PortalAccessibilityBrowserTest {

    /** What axe-core reports, one line per rule broken, with the first elements that break it. */
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations']})
                .then(function (r) {
                    done(r.violations
                        .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                        .map(function (v) {
                            return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)
                                .map(function (n) { return n.target.join(' '); }).join('; ');
                        }));
                })
                .catch(function (e) { done(['axe-core failed: ' + e]); });
            """;

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

    @Test
    void every_public_page_passes_axe_core_without_a_serious_violation_in_both_text_sizes() throws Exception {
        TestAgency agency = testAgencies.create();
        PublishedReport first = journey.published(agency, 2023, texts("第一版的总体情况。"), CONSISTENT_FIGURES);
        long correctionId =
                logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), "第二部分「规章」制发件数有误，已更正。"));
        journey.save(agency, correctionId, texts("更正版的总体情况。"), CONSISTENT_FIGURES);
        journey.submit(agency, correctionId);
        journey.approveAll(agency, correctionId);
        PublishedReport corrected = journey.awaitPublished(correctionId);
        String report = "/public/reports/" + corrected.publicationId();
        List<String> pages = List.of(
                "/public",
                "/public?q=" + URLEncoder.encode(agency.name(), StandardCharsets.UTF_8),
                "/public?year=abc",
                "/public/agencies/" + corrected.agencyId(),
                report,
                "/public/reports/" + first.publicationId(),
                "/public/reports/999999999",
                "/public/reports/abc");
        String axe = axeScript();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            List<String> violations = new ArrayList<>();
            for (String size : List.of("standard", "large")) {
                browser.open("/public/text-size?size=" + size);
                for (String page : pages) {
                    browser.open(page);
                    browser.run(axe);
                    for (Object violation : (List<?>) browser.runAsync(AXE_RUN)) {
                        violations.add(size + " " + page + ": " + violation);
                    }
                }
            }
            assertThat(violations).isEmpty();

            // without a mouse: the first Tab shows the skip link, Tab goes on to the switch, Enter switches
            browser.open("/public/text-size?size=standard&back=" + report);
            WebElement focused = browser.tab();
            assertThat(focused.getText()).isEqualTo("跳到正文");
            assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
            for (int i = 0; i < 10 && !"text-size-large".equals(focused.getAttribute("id")); i++) {
                focused = browser.tab();
                assertThat(focused.getCssValue("outline-style"))
                        .as(focused.getText())
                        .isNotEqualTo("none");
            }
            assertThat(focused.getAttribute("id")).isEqualTo("text-size-large");
            focused.sendKeys(Keys.ENTER);
            browser.until(d -> browser.url().endsWith(report)
                    && !browser.all(By.cssSelector("html.large-text")).isEmpty());

            // 大字 enlarges the search form too, not only the text around it (a browser's own controls stay 13 px)
            browser.open("/public");
            String labelSize =
                    browser.until(By.cssSelector(".portal-search label")).getCssValue("font-size");
            assertThat(labelSize).isEqualTo("20px");
            for (String control : List.of("#search-agency", "#search-year", ".portal-search button")) {
                assertThat(browser.until(By.cssSelector(control)).getCssValue("font-size"))
                        .as(control)
                        .isEqualTo(labelSize);
            }
        }
    }

    private static String axeScript() throws IOException {
        try (InputStream in = PortalAccessibilityBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in)
                    .as("axe-core's script (com.deque.html.axe-core:selenium)")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
