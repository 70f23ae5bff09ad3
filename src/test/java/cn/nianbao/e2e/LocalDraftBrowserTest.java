package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Typing that never reached the database is kept in the browser (issue 14): a handler types a sentence and a figure
 * that is not a number yet (so nothing can be saved), closes the page, and on opening the draft again gets 恢复 / 丢弃;
 * 恢复 puts both back and a save stores them; 丢弃 forgets the copy for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class LocalDraftBrowserTest {

    private static final String SENTENCE = "2025年，本机关共收到政府信息公开申请3件。";

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

    /** The copies of unsaved typing this browser keeps, joined. */
    private static String kept(Browser browser) {
        return String.valueOf(browser.run("return Object.keys(localStorage).filter(k => k.startsWith('nianbao.draft.'))"
                + ".map(k => localStorage.getItem(k)).join('\\n')"));
    }

    @Test
    void unsaved_typing_comes_back_after_the_page_was_closed_and_a_discarded_copy_does_not() throws Exception {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        String task = "/tasks/" + journey.taskOf(agency.handler(), reportId).taskId();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login(agency.handler(), TestAgencies.PASSWORD);
                browser.open(task);
                browser.fill("section-S1", SENTENCE);
                browser.fill("cell-t2-normative-issued", "3x");
                // the copy is written once the server has the typing; the figure keeps the autosave waiting
                browser.until(d -> kept(browser).contains("3x"));

                browser.open(task);
                assertThat(browser.until(By.id("local-draft-text")).getText())
                        .contains("这台电脑上保存着您", "其中 2 处与服务器上的草稿不同");
                browser.screenshot("local-draft-offer");
                assertThat(browser.valueOf("section-S1")).isEmpty();
                browser.click(By.id("local-draft-restore"));
                browser.until(d -> SENTENCE.equals(browser.valueOf("section-S1")));
                assertThat(browser.valueOf("cell-t2-normative-issued")).isEqualTo("3x");
                browser.fill("cell-t2-normative-issued", "3");
                browser.click(By.id("save"));
                browser.untilTextStarts(By.id("autosave-status"), "已保存");
                assertThat(logins.as(
                                agency.handler(), () -> reports.view(reportId).content()))
                        .satisfies(content -> {
                            assertThat(content.text(Section.S1)).isEqualTo(SENTENCE);
                            assertThat(content.tables().value("t2.normative.issued"))
                                    .isEqualByComparingTo(BigDecimal.valueOf(3));
                        });
                browser.until(d -> kept(browser).isEmpty());

                browser.fill("section-S6", "本年度未收取信息处理费。");
                browser.fill("cell-t2-normative-issued", "4x");
                browser.until(d -> kept(browser).contains("4x"));
                browser.open(task);
                browser.click(By.id("local-draft-discard"));
                browser.until(d -> browser.all(By.id("local-draft-text")).isEmpty()
                        || !browser.all(By.id("local-draft-text")).getFirst().isDisplayed());
                browser.until(d -> kept(browser).isEmpty());
                browser.open(task);
                browser.until(By.id("section-S1"));
                Thread.sleep(1500); // the offer, if any, comes with the page's first answer
                assertThat(browser.all(By.id("local-draft-text"))).noneMatch(e -> e.isDisplayed());
                assertThat(browser.valueOf("section-S6")).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("local-draft-failed");
                throw e;
            }
        }
    }
}
