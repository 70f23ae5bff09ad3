package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two handlers drafting one report at the same time, each in a Chromium of their own over real HTTP (issue 14): the
 * drafter writes the sections while 刘芳 fills 表三 in her part editor, both save, round after round, and each sees the
 * other's work without a reload, with no refusal and nothing lost. Then both write 「一、总体情况」: the later save is
 * refused for that part only, naming 刘芳 and the time, the drafter's text stays on screen and comes back (恢复) after a
 * reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class DraftingTogetherBrowserTest {

    /** The section the drafter writes and the cell of 表三 刘芳 fills, one of each per round. */
    private static final List<Section> DRAFTERS = List.of(Section.S1, Section.S5, Section.S6);

    private static final List<T3Column> LIUS = List.of(T3Column.NP, T3Column.LE_BUSINESS, T3Column.LE_RESEARCH);

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void the_drafter_and_a_colleague_write_different_parts_together_and_the_same_part_once() throws Exception {
        TestAgency agency = testAgencies.create();
        String liu = testAgencies.addPerson(agency, "liufang", "刘芳", Role.HANDLER);
        long reportId = journey.start(agency, 2025);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.T3, liu));
        String t3Task = partTask(liu, reportId, DraftPart.T3);
        String base = "http://localhost:" + port;

        try (Browser drafter = new Browser(base);
                Browser colleague = new Browser(base)) {
            try {
                drafter.login(agency.handler(), TestAgencies.PASSWORD);
                colleague.login(liu, TestAgencies.PASSWORD);
                drafter.open("/tasks/" + draftTask);
                colleague.open("/parts/" + t3Task);
                for (int round = 0; round < DRAFTERS.size(); round++) {
                    String text = "第" + (round + 1) + "轮起草人写的文字。";
                    String cell = cellId(LIUS.get(round));
                    String figure = String.valueOf(round + 3);
                    drafter.fill("section-" + DRAFTERS.get(round).name(), text);
                    colleague.fill(domId(cell), figure);
                    press(drafter, "save");
                    press(colleague, "save");
                    saved(drafter);
                    saved(colleague);
                    Section section = DRAFTERS.get(round);
                    colleague.until(d -> text.equals(colleague.valueOf("section-" + section.name())));
                    drafter.until(d -> figure.equals(drafter.valueOf(domId(cell))));
                    assertThat(drafter.pageText()).doesNotContain("未保存");
                    assertThat(colleague.pageText()).doesNotContain("未保存");
                }
                drafter.screenshot("drafting-together-drafter");
                colleague.screenshot("drafting-together-colleague");
                ReportContent stored =
                        logins.as(agency.handler(), () -> reports.view(reportId).content());
                for (int round = 0; round < DRAFTERS.size(); round++) {
                    assertThat(stored.text(DRAFTERS.get(round))).isEqualTo("第" + (round + 1) + "轮起草人写的文字。");
                    assertThat(stored.tables().value(cellId(LIUS.get(round))))
                            .isEqualByComparingTo(BigDecimal.valueOf(round + 3));
                }

                // the same part: the drafter types in 一 (a figure not yet a number holds the autosave back) while
                // 一 is handed to 刘芳, who writes and finishes it; the drafter's save of 一 comes later
                String mine = "起草人后来写的总体情况。";
                drafter.fill("section-S1", mine);
                drafter.fill("cell-t2-normative-issued", "2x");
                logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S1, liu));
                colleague.open("/parts/" + partTask(liu, reportId, DraftPart.S1));
                colleague.fill("section-S1", "刘芳写的总体情况。");
                press(colleague, "finish-part");
                colleague.until(d -> colleague.url().equals(base + "/"));
                drafter.fill("cell-t2-normative-issued", "2");
                press(drafter, "save");
                String refusal = drafter.until(By.id("save-conflicts")).getText();
                assertThat(refusal).contains("「一、总体情况」：刘芳于 ").contains("已保存了不同的内容");
                drafter.screenshot("drafting-together-refused");
                assertThat(drafter.valueOf("section-S1")).isEqualTo(mine);
                ReportContent after =
                        logins.as(agency.handler(), () -> reports.view(reportId).content());
                assertThat(after.text(Section.S1)).isEqualTo("刘芳写的总体情况。");
                assertThat(after.tables().value("t2.normative.issued"))
                        .as("the rest of the save went through")
                        .isEqualByComparingTo(BigDecimal.valueOf(2));

                drafter.open("/tasks/" + draftTask);
                assertThat(drafter.until(By.id("local-draft-text")).getText()).contains("其中 1 处与服务器上的草稿不同");
                press(drafter, "local-draft-restore");
                drafter.until(d -> mine.equals(drafter.valueOf("section-S1")));
            } catch (RuntimeException | AssertionError e) {
                drafter.screenshot("drafting-together-failed-drafter");
                colleague.screenshot("drafting-together-failed-colleague");
                throw e;
            }
        }
    }

    private String partTask(String username, long reportId, DraftPart part) {
        return logins.as(username, () -> workflow.inbox()).stream()
                .filter(w -> w.reportId() == reportId && w.stepLabel().endsWith(part.label()))
                .map(WorkItem::taskId)
                .findFirst()
                .orElseThrow();
    }

    /** The side column scrolls on its own: the button is brought into view before it is clicked. */
    private static void press(Browser browser, String id) {
        browser.until(d -> browser.run("const b = document.getElementById('" + id + "');"
                + " if (b) { b.scrollIntoView({block: 'center'}); } return b != null;"));
        browser.click(By.id(id));
    }

    private static void saved(Browser browser) {
        browser.untilTextStarts(By.id("autosave-status"), "已保存");
    }

    private static String cellId(T3Column column) {
        return Cells.t3(T3Row.NEW, column);
    }

    private static String domId(String cellId) {
        return "cell-" + cellId.replace('.', '-');
    }
}
