package cn.nianbao.workflow;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.ContentChanges;
import cn.nianbao.report.ContentChanges.CellChange;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a reviewer of a correction sees changed: against the published edition it started from, not a blank one. */
@NianbaoTest
class CorrectionChangesTest {

    private static final int YEAR = 2023;
    private static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private static final String OPEN_NP = Cells.t3(T3Row.OPEN, T3Column.NP);

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

    private TestAgency agency;
    private long correctionId;

    @BeforeEach
    void correctionWithOneFigureChanged() {
        agency = testAgencies.create();
        PublishedReport first = journey.published(agency, YEAR, texts("初次发布的总体情况。"), CONSISTENT_FIGURES);
        correctionId =
                logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), "本年新收与予以公开各更正为6件、5件。"));
        Map<String, BigDecimal> corrected = new HashMap<>(CONSISTENT_FIGURES);
        corrected.put(NEW_NP, BigDecimal.valueOf(6));
        corrected.put(OPEN_NP, BigDecimal.valueOf(5));
        journey.save(agency, correctionId, texts("初次发布的总体情况。"), corrected);
        journey.submit(agency, correctionId);
    }

    @Test
    void the_submission_of_a_correction_is_compared_with_the_published_edition_it_started_from() {
        long submission = lastStep(HistoryAction.SUBMITTED);

        ContentChanges changes = logins.as(agency.secrecy(), () -> reports.changesAt(correctionId, submission))
                .orElseThrow();

        assertThat(changes.since()).isEqualTo("更正前已发布的第 1 版");
        assertThat(changes.texts()).isEmpty();
        assertThat(changes.cells())
                .extracting(CellChange::cellId, CellChange::before, CellChange::after)
                .contains(tuple(NEW_NP, "5", "6"), tuple(OPEN_NP, "4", "5"));
        assertThat(changes.cells())
                .as("only the corrected figures and their totals, none as 0 → x")
                .allSatisfy(cell -> {
                    assertThat(cell.cellId()).startsWith("t3.");
                    assertThat(cell.before()).isNotEqualTo("0");
                });
    }

    @Test
    void a_reviewer_first_sees_the_changes_since_the_published_edition_then_since_their_own_return() {
        ContentChanges firstLook = logins.as(agency.secrecy(), () -> reports.changesSinceMyLastVersion(correctionId))
                .orElseThrow();
        assertThat(firstLook.since()).isEqualTo("更正前已发布的第 1 版");
        assertThat(firstLook.cells()).extracting(CellChange::cellId).contains(NEW_NP, OPEN_NP);
        assertThat(firstLook.cells()).extracting(CellChange::before).doesNotContain("0");

        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), correctionId).taskId(), "总体情况请注明更正原因"));
        Map<String, BigDecimal> corrected = new HashMap<>(CONSISTENT_FIGURES);
        corrected.put(NEW_NP, BigDecimal.valueOf(6));
        corrected.put(OPEN_NP, BigDecimal.valueOf(5));
        journey.save(agency, correctionId, texts("初次发布的总体情况（已更正申请数）。"), corrected);
        journey.submit(agency, correctionId);

        ContentChanges secondLook = logins.as(agency.secrecy(), () -> reports.changesSinceMyLastVersion(correctionId))
                .orElseThrow();
        assertThat(secondLook.since()).contains("退回修改");
        assertThat(secondLook.cells()).isEmpty();
        assertThat(secondLook.texts()).hasSize(1);
    }

    private long lastStep(HistoryAction action) {
        return logins.as(agency.handler(), () -> reports.history(correctionId)).reversed().stream()
                .filter(item -> item.action() == action)
                .findFirst()
                .map(ReportHistoryItem::id)
                .orElseThrow();
    }
}
