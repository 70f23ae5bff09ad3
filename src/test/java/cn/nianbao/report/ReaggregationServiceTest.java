package cn.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.Reaggregation.CellMove;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 重新汇总: a government's draft takes in what its departments published after it was created. */
@NianbaoTest
class ReaggregationServiceTest {

    private static final String NORMATIVE = T2Cell.NORMATIVE_ISSUED.id();
    private static final String FEES = T2Cell.FEES_AMOUNT.id();
    private static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private static final String CARRY_IN_NP = Cells.t3(T3Row.CARRY_IN, T3Column.NP);

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    DraftReaggregation reaggregation;

    @Autowired
    Logins logins;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    AreaSumsRepository areaSums;

    TestAgency government;
    TestAgency first;
    TestAgency late;
    PublishedReport firstPublished;
    long draft;

    /** A county draft over one published department, another department publishing only afterwards. */
    @BeforeEach
    void governmentDraftBeforeTheLateDepartmentPublished() {
        TestCounty county = testAgencies.createCounty();
        government = testAgencies.staffOf(county);
        first = testAgencies.createBelow(county.id());
        late = testAgencies.createBelow(county.id());
        firstPublished = journey.published(first, 2025, ReportJourney.texts("先发布。"), AreaAggregationTest.FIRST);
        draft = journey.start(government, 2025);
    }

    @Test
    void the_preview_moves_each_cell_by_the_areas_change_and_accepting_keeps_the_handlers_own_figures() {
        // the government's own figures on top of the sums: 7 normative documents of its own on the area's 2, and a
        // carry-in of 4 the area does not have
        typeOver(Map.of(NORMATIVE, 9, CARRY_IN_NP, 4));
        journey.published(late, 2025, ReportJourney.texts("后发布。"), AreaAggregationTest.SECOND);

        Reaggregation preview = as(government.handler(), () -> reaggregation.preview(draft));

        assertThat(preview.newlyIncluded()).containsExactly(late.name());
        assertThat(preview.missing()).isEmpty();
        assertThat(preview.baseRecorded()).isTrue();
        assertThat(preview.changes())
                .contains(
                        new CellMove(NORMATIVE, CellLabels.of(NORMATIVE), "9", "10", "2 → 3"),
                        new CellMove(NEW_NP, CellLabels.of(NEW_NP), "5", "8", "5 → 8"),
                        new CellMove(FEES, CellLabels.of(FEES), "1.5", "1.75", "1.5 → 1.75"))
                .extracting(CellMove::cellId)
                .as("the carry-in the area did not move is not listed")
                .doesNotContain(CARRY_IN_NP);
        assertThat(tables().t3(T3Row.NEW, T3Column.NP))
                .as("a preview changes nothing")
                .isEqualTo(5);

        ReportView stored = as(government.handler(), () -> reaggregation.accept(preview));

        ReportTables tables = stored.content().tables();
        assertThat(tables.t3(T3Row.NEW, T3Column.NP)).isEqualTo(8);
        assertThat(tables.t3(T3Row.NEW, T3Column.TOTAL)).as("the totals follow").isEqualTo(10);
        assertThat(tables.count(NORMATIVE)).as("the government's own 7 stay").isEqualTo(10);
        assertThat(tables.count(CARRY_IN_NP))
                .as("the carry-in typed by the handler stays")
                .isEqualTo(4);
        assertThat(tables.value(FEES)).isEqualByComparingTo("1.75");
        assertThat(stored.content().text(Section.S1))
                .as("the text is left alone")
                .isEqualTo("政府自己的文字。");
        ReportHistoryItem last =
                as(government.handler(), () -> reports.history(draft)).getLast();
        assertThat(last.action()).isEqualTo(HistoryAction.REAGGREGATED);
        assertThat(last.actorUsername()).isEqualTo(government.handler());
        assertThat(last.detail())
                .isEqualTo("新纳入 " + late.name() + "；变更 " + preview.changes().size() + " 个单元格");
        assertThat(as(government.handler(), () -> reports.aggregationScope(draft)))
                .hasValueSatisfying(scope -> assertThat(scope)
                        .contains("已纳入 2 个机关（")
                        .contains(first.name())
                        .contains(late.name())
                        .contains("未发布 0 个")
                        .contains(" 重新汇总）"));
        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.preview(draft)))
                .as("once taken in, the accepted sums are the base: the own figures are no difference")
                .hasMessage(DraftReaggregation.NOTHING_NEW);
    }

    @Test
    void a_draft_created_before_the_sums_were_kept_takes_the_new_sums_over_its_values_and_keeps_them_from_then_on() {
        typeOver(Map.of(NORMATIVE, 9));
        areaSums.deleteById(draft); // as for a draft created before report_area_sums
        journey.published(late, 2025, ReportJourney.texts("后发布。"), AreaAggregationTest.SECOND);

        Reaggregation preview = as(government.handler(), () -> reaggregation.preview(draft));

        assertThat(preview.baseRecorded()).isFalse();
        assertThat(preview.changes()).contains(new CellMove(NORMATIVE, CellLabels.of(NORMATIVE), "9", "3", "3"));
        ReportView stored = as(government.handler(), () -> reaggregation.accept(preview));
        assertThat(stored.content().tables().count(NORMATIVE)).isEqualTo(3);

        typeOver(Map.of(NORMATIVE, 5));
        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.preview(draft)))
                .as("the sums accepted are the base now: the own 2 typed since are kept")
                .hasMessage(DraftReaggregation.NOTHING_NEW);
    }

    @Test
    void a_department_correcting_below_what_the_handler_typed_is_refused_naming_the_cell_and_nothing_changes() {
        typeOver(Map.of(NEW_NP, 2)); // the handler took 3 off the area's 5 themselves
        long correction =
                logins.as(first.handler(), () -> workflow.startCorrection(firstPublished.reportId(), "表三数字更正。"));
        Map<String, BigDecimal> corrected = new HashMap<>(AreaAggregationTest.FIRST);
        corrected.put(NEW_NP, BigDecimal.ONE);
        corrected.put(Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.ONE);
        corrected.remove(Cells.t3(T3Row.CARRY_OUT, T3Column.NP));
        journey.save(first, correction, ReportJourney.texts("先发布，后更正。"), corrected);
        journey.submit(first, correction);
        journey.approveAll(first, correction);
        journey.awaitPublished(correction);

        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.preview(draft)))
                .isInstanceOf(ReportInputException.class)
                .hasMessage(ReaggregationDiff.NEGATIVE + CellLabels.of(NEW_NP) + "（本稿现值 2，辖区合计 5 → 1）。");
        assertThat(tables().t3(T3Row.NEW, T3Column.NP))
                .as("nothing clamped, nothing stored")
                .isEqualTo(2);
    }

    @Test
    void a_correction_of_the_governments_published_report_moves_from_the_sums_under_its_figures() {
        typeOver(Map.of(NORMATIVE, 9));
        journey.submit(government, draft);
        journey.approveAll(government, draft);
        PublishedReport published = journey.awaitPublished(draft);
        journey.published(late, 2025, ReportJourney.texts("后发布。"), AreaAggregationTest.SECOND);
        long correction =
                logins.as(government.handler(), () -> workflow.startCorrection(published.reportId(), "纳入后发布的部门。"));

        Reaggregation preview = as(government.handler(), () -> reaggregation.preview(correction));

        assertThat(preview.baseRecorded()).isTrue();
        assertThat(preview.newlyIncluded())
                .as("the department the published edition took in is not new to its correction")
                .containsExactly(late.name());
        assertThat(preview.changes())
                .contains(
                        new CellMove(NORMATIVE, CellLabels.of(NORMATIVE), "9", "10", "2 → 3"),
                        new CellMove(NEW_NP, CellLabels.of(NEW_NP), "5", "8", "5 → 8"));
    }

    @Test
    void a_draft_saved_after_the_preview_is_not_overwritten() {
        journey.published(late, 2025, ReportJourney.texts("后发布。"), AreaAggregationTest.SECOND);
        Reaggregation preview = as(government.handler(), () -> reaggregation.preview(draft));
        typeOver(Map.of(NEW_NP, 6));

        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.accept(preview)))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("报告已被他人修改，请重新汇总后再确认。");

        assertThat(tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(6);
        assertThat(as(government.handler(), () -> reports.history(draft)))
                .extracting(ReportHistoryItem::action)
                .doesNotContain(HistoryAction.REAGGREGATED);
    }

    @Test
    void nothing_published_since_means_nothing_to_accept() {
        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.preview(draft)))
                .hasMessage("自创建以来没有新发布的下级机关报告，汇总数据也没有变化，无需重新汇总。");
    }

    @Test
    void refused_for_a_department_a_submitted_draft_and_anyone_who_may_not_edit_it() {
        long department = journey.start(late, 2024);
        assertThatThrownBy(() -> as(late.handler(), () -> reaggregation.preview(department)))
                .hasMessageContaining("只有人民政府的报告");
        long submitted = journey.start(government, 2024);
        journey.submit(government, submitted);
        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.preview(submitted)))
                .hasMessageContaining("不能再编辑");

        journey.published(late, 2025, ReportJourney.texts("后发布。"), AreaAggregationTest.SECOND);
        Reaggregation preview = as(government.handler(), () -> reaggregation.preview(draft));
        assertThatThrownBy(() -> as(government.secrecy(), () -> reaggregation.preview(draft)))
                .hasMessage("只有本机关的经办人员可以编辑报告。");
        assertThatThrownBy(() -> as(government.secrecy(), () -> reaggregation.accept(preview)))
                .hasMessage("只有本机关的经办人员可以编辑报告。");
        assertThatThrownBy(() -> as(late.handler(), () -> reaggregation.accept(preview)))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(tables().t3(T3Row.NEW, T3Column.NP)).as("nothing changed").isEqualTo(5);
    }

    @Test
    void a_table_handed_to_a_colleague_is_theirs_the_drafter_cannot_take_the_sums_into_it() {
        journey.published(late, 2025, ReportJourney.texts("后发布。"), AreaAggregationTest.SECOND);
        String colleague = testAgencies.addPerson(government, "t3", "表三同事", Role.HANDLER);
        logins.as(
                government.handler(),
                () -> workflow.assignPart(
                        journey.taskOf(government.handler(), draft).taskId(), DraftPart.T3, colleague));

        assertThatThrownBy(() -> as(government.handler(), () -> reaggregation.preview(draft)))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("不能修改「" + DraftPart.T3.label() + "」");
        assertThatThrownBy(() -> as(colleague, () -> reaggregation.preview(draft)))
                .as("the colleague holds 表三 only, and the sums change 表二 too")
                .hasMessageContaining("不能修改「" + DraftPart.T2.label() + "」");
        assertThat(tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(5);
    }

    /** The handler saves the cells as {@code typed}, with a text of their own, everything else as loaded. */
    private void typeOver(Map<String, Integer> typed) {
        logins.as(government.handler(), () -> {
            ReportView view = reports.view(draft);
            Map<String, BigDecimal> cells =
                    new HashMap<>(view.content().tables().values());
            typed.forEach((cell, value) -> cells.put(cell, BigDecimal.valueOf(value)));
            reports.saveDraft(
                    draft, view.version(), new ReportContent(ReportJourney.texts("政府自己的文字。"), new ReportTables(cells)));
        });
    }

    private ReportTables tables() {
        return as(government.handler(), () -> reports.view(draft)).content().tables();
    }

    private <T> T as(String username, Supplier<T> action) {
        return logins.as(username, action);
    }
}
