package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftSaved;
import cn.nianbao.report.PartConflict;
import cn.nianbao.report.PartStamp;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several handlers drafting one report (issue 14): each save carries what the person changed since they loaded the
 * draft, so saves in different parts never refuse each other; the same section or cell saved differently by a
 * colleague first is left out and named; nobody without the 起草 task or a part changes anything.
 */
@NianbaoTest
class DraftingTogetherTest {

    static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    static final String OPEN_NP = Cells.t3(T3Row.OPEN, T3Column.NP);

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

    @Autowired
    TrailReader trail;

    private TestAgency agency;
    private String li;
    private String outsider;
    private long reportId;
    private String draftTask;

    @BeforeEach
    void aDraftWithTable3HandedToLi() {
        agency = testAgencies.create();
        li = testAgencies.addPerson(agency, "li", "李起草", Role.HANDLER);
        outsider = testAgencies.addPerson(agency, "zhao", "赵经办", Role.HANDLER);
        reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, ReportJourney.texts("本年度总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.T3, li));
    }

    @Test
    void the_drafter_in_section_one_and_the_colleague_in_table_three_both_save_from_the_same_start() {
        ReportContent start = loaded(agency.handler());

        DraftSaved drafters = logins.as(
                agency.handler(),
                () -> reports.saveDraft(reportId, DraftEdit.between(start, withText(start, Section.S1, "总体情况，第一稿。"))));
        DraftSaved lis = logins.as(
                li, () -> reports.saveDraft(reportId, DraftEdit.between(start, withCells(start, Map.of(NEW_NP, 9)))));
        // several rounds, each from what the person's screen last had
        ReportContent drafterScreen = DraftEdit.rebase(
                start,
                withText(start, Section.S1, "总体情况，第一稿。"),
                drafters.report().content());
        DraftSaved again = logins.as(
                agency.handler(),
                () -> reports.saveDraft(
                        reportId, DraftEdit.between(drafterScreen, withText(drafterScreen, Section.S1, "总体情况，第二稿。"))));

        assertThat(drafters.conflicts()).isEmpty();
        assertThat(lis.conflicts()).isEmpty();
        assertThat(again.conflicts()).isEmpty();
        ReportContent stored = loaded(agency.handler());
        assertThat(stored.text(Section.S1)).isEqualTo("总体情况，第二稿。");
        assertThat(stored.tables().count(NEW_NP)).isEqualTo(9);
        assertThat(stored.tables().t3(T3Row.NEW, T3Column.TOTAL))
                .as("the total follows")
                .isEqualTo(9);
        // the drafter's screen is told who saved table three last; Li's screen who saved section one
        assertThat(logins.as(agency.handler(), () -> reports.colleaguesSaves(reportId)))
                .extracting(PartStamp::part, PartStamp::editedByName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DraftPart.T3, "李起草"));
        assertThat(logins.as(li, () -> reports.colleaguesSaves(reportId)))
                .extracting(PartStamp::part)
                .contains(DraftPart.S1)
                .doesNotContain(DraftPart.T3);
    }

    @Test
    void a_stale_screen_meets_the_colleagues_newer_text_in_the_same_part_and_only_that_part_is_left_out() {
        ReportContent drafterStart = loaded(agency.handler());
        // Li drafts section one too after the drafter hands it over, then finishes; the drafter's screen is older
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S1, li));
        logins.as(li, () -> {
            ReportContent lisStart = reports.view(reportId).content();
            reports.saveDraft(reportId, DraftEdit.between(lisStart, withText(lisStart, Section.S1, "李写的总体情况。")));
            workflow.finishPart(journey.taskOf(li, reportId).taskId());
        });
        // table three is still Li's; the drafter changes section one (stale) and section six (fresh)
        ReportContent typed = withText(withText(drafterStart, Section.S1, "起草人的总体情况。"), Section.S6, "其他事项。");

        DraftSaved saved =
                logins.as(agency.handler(), () -> reports.saveDraft(reportId, DraftEdit.between(drafterStart, typed)));

        assertThat(saved.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.part()).isEqualTo(DraftPart.S1);
            assertThat(conflict.editorName()).isEqualTo("李起草");
            assertThat(conflict.editedAt()).isNotNull();
        });
        ReportContent stored = loaded(agency.handler());
        assertThat(stored.text(Section.S1)).as("Li's text stays").isEqualTo("李写的总体情况。");
        assertThat(stored.text(Section.S6))
                .as("the rest of the save went through")
                .isEqualTo("其他事项。");

        // keeping their own version: the colleague's text becomes the start, the next save overwrites knowingly
        ReportContent keepMine = DraftEdit.adopt(DraftEdit.rebase(drafterStart, typed, stored), stored, DraftPart.S1);
        DraftSaved overwritten =
                logins.as(agency.handler(), () -> reports.saveDraft(reportId, DraftEdit.between(keepMine, typed)));
        assertThat(overwritten.conflicts()).isEmpty();
        assertThat(loaded(agency.handler()).text(Section.S1)).isEqualTo("起草人的总体情况。");
    }

    @Test
    void cells_of_one_table_merge_cell_by_cell_and_the_same_cell_changed_twice_is_named() {
        ReportContent start = loaded(li);
        logins.as(li, () -> reports.saveDraft(reportId, DraftEdit.between(start, withCells(start, Map.of(NEW_NP, 7)))));

        // Li's second window, still at the start: another cell merges, the same cell otherwise is left out
        DraftSaved second = logins.as(
                li,
                () -> reports.saveDraft(
                        reportId, DraftEdit.between(start, withCells(start, Map.of(NEW_NP, 8, OPEN_NP, 3)))));

        ReportContent stored = loaded(li);
        assertThat(stored.tables().count(NEW_NP)).isEqualTo(7);
        assertThat(stored.tables().count(OPEN_NP)).isEqualTo(3);
        assertThat(second.conflicts())
                .extracting(PartConflict::part, PartConflict::items)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DraftPart.T3, List.of(NEW_NP)));
    }

    @Test
    void another_handler_of_the_agency_and_a_colleague_outside_their_part_are_refused_and_recorded() {
        ReportContent start = loaded(agency.handler());

        assertThatThrownBy(() -> logins.as(
                        outsider,
                        () -> reports.saveDraft(
                                reportId, DraftEdit.between(start, withText(start, Section.S1, "改写。")))))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("您不是这份报告的起草人，也没有分到其中的部分，不能修改。本次未保存。");
        assertThatThrownBy(() -> logins.as(
                        li,
                        () -> reports.saveDraft(
                                reportId, DraftEdit.between(start, withText(start, Section.S2, "越权。")))))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("您只能修改「表三：收到和处理政府信息公开申请情况」")
                .hasMessageContaining("不能修改「二、主动公开政府信息情况」");
        // the drafter may not change the part handed out either, as long as it is open
        assertThatThrownBy(() -> logins.as(
                        agency.handler(),
                        () -> reports.saveDraft(
                                reportId, DraftEdit.between(start, withCells(start, Map.of(NEW_NP, 1))))))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("不能修改「表三：收到和处理政府信息公开申请情况」");
        // the whole-draft save is checked the same way
        assertThatThrownBy(() -> logins.as(outsider, () -> {
                    var view = reports.view(reportId);
                    return reports.saveDraft(reportId, view.version(), withText(view.content(), Section.S1, "改写。"));
                }))
                .isInstanceOf(ReportInputException.class);

        ReportContent after = loaded(agency.handler());
        assertThat(after.sections()).isEqualTo(start.sections());
        assertThat(after.tables().values()).isEqualTo(start.tables().values());
        List<AuditEntry> refusals = trail.forTarget(ReportRef.auditTarget(reportId)).stream()
                .filter(e -> e.actionCode().equals("DRAFT_EDIT_REFUSED"))
                .toList();
        assertThat(refusals).extracting(AuditEntry::actorUsername).contains(outsider, li, agency.handler());
    }

    private ReportContent loaded(String username) {
        return logins.as(username, () -> reports.view(reportId)).content();
    }

    private static ReportContent withText(ReportContent content, Section section, String text) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.putAll(content.sections());
        sections.put(section, text);
        return new ReportContent(sections, content.tables());
    }

    private static ReportContent withCells(ReportContent content, Map<String, Integer> changes) {
        Map<String, BigDecimal> cells = new HashMap<>(content.tables().values());
        changes.forEach((cell, value) -> cells.put(cell, BigDecimal.valueOf(value)));
        return new ReportContent(content.sections(), new ReportTables(cells).withComputedTotals());
    }
}
