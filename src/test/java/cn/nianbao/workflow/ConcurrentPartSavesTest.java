package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftSaved;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 saves at the same time from 4 people, each in their own part (the drafter in 一, three colleagues in 二, 表三
 * and 表四), each from what their own screen last had: none is refused and every value saved is there. Runs on H2
 * and, in the MariaDB pass, on MariaDB.
 */
@NianbaoTest
class ConcurrentPartSavesTest {

    static final int ROUNDS = 50;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void four_people_saving_their_own_parts_at_once_lose_nothing() throws Exception {
        TestAgency agency = testAgencies.create();
        String wang = testAgencies.addPerson(agency, "wang", "王起草", Role.HANDLER);
        String li = testAgencies.addPerson(agency, "li", "李起草", Role.HANDLER);
        String zhao = testAgencies.addPerson(agency, "zhao", "赵起草", Role.HANDLER);
        long reportId = journey.start(agency, 2025);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> {
            workflow.assignPart(draftTask, DraftPart.S2, wang);
            workflow.assignPart(draftTask, DraftPart.T3, li);
            workflow.assignPart(draftTask, DraftPart.T4, zhao);
        });
        String newNp = Cells.t3(T3Row.NEW, T3Column.NP);
        String reviewKept = Cells.t4(T4Group.REVIEW, T4Column.UPHELD);
        Map<String, BiFunction<ReportContent, Integer, ReportContent>> typing = Map.of(
                agency.handler(),
                (c, round) -> withText(c, Section.S1, "总体情况第" + round + "稿"),
                wang,
                (c, round) -> withText(c, Section.S2, "主动公开第" + round + "稿"),
                li,
                (c, round) -> withCell(c, newNp, round),
                zhao,
                (c, round) -> withCell(c, reviewKept, round));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(typing.size());
        List<Future<Integer>> refused = new ArrayList<>();
        typing.forEach((person, type) -> refused.add(pool.submit(() -> {
            ReportContent loaded =
                    logins.as(person, () -> reports.view(reportId).content());
            start.await();
            return logins.as(person, () -> {
                ReportContent screen = loaded;
                int conflicts = 0;
                for (int round = 1; round <= ROUNDS; round++) {
                    ReportContent typed = type.apply(screen, round);
                    DraftSaved saved = reports.saveDraft(reportId, DraftEdit.between(screen, typed));
                    conflicts += saved.conflicts().size();
                    screen = DraftEdit.rebase(screen, typed, saved.report().content());
                }
                return conflicts;
            });
        })));
        start.countDown();
        pool.shutdown();
        for (Future<Integer> person : refused) {
            assertThat(person.get()).as("parts refused").isZero();
        }

        ReportContent stored =
                logins.as(agency.handler(), () -> reports.view(reportId)).content();
        assertThat(stored.text(Section.S1)).isEqualTo("总体情况第" + ROUNDS + "稿");
        assertThat(stored.text(Section.S2)).isEqualTo("主动公开第" + ROUNDS + "稿");
        assertThat(stored.tables().count(newNp)).isEqualTo(ROUNDS);
        assertThat(stored.tables().count(reviewKept)).isEqualTo(ROUNDS);
    }

    private static ReportContent withText(ReportContent content, Section section, String text) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.putAll(content.sections());
        sections.put(section, text);
        return new ReportContent(sections, content.tables());
    }

    private static ReportContent withCell(ReportContent content, String cell, int value) {
        Map<String, BigDecimal> cells = new HashMap<>(content.tables().values());
        cells.put(cell, BigDecimal.valueOf(value));
        return new ReportContent(content.sections(), new ReportTables(cells).withComputedTotals());
    }
}
