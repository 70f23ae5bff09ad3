package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.report.Reaggregation.CellMove;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.ui.AggregationScope;
import cn.nianbao.report.ui.ReaggregationDialog;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * 重新汇总 on the government's draft screen: what changes is listed, 确认更新 stores it, typing is never lost, neither
 * unsaved nor the government's own figures saved on top of the sums.
 */
class ReaggregationScreenTest extends UiTest {

    private static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private static final String OPEN_NP = Cells.t3(T3Row.OPEN, T3Column.NP);
    private static final String CARRY_IN_NP = Cells.t3(T3Row.CARRY_IN, T3Column.NP);
    /** Three applications, all granted: figures a sign-off accepts. */
    private static final Map<String, BigDecimal> LATE =
            Map.of(NEW_NP, BigDecimal.valueOf(3), OPEN_NP, BigDecimal.valueOf(3));

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    TestAgency government;
    TestAgency late;
    long draft;

    @BeforeEach
    void governmentDraftOverOneDepartment() {
        TestCounty county = testAgencies.createCounty();
        government = testAgencies.staffOf(county);
        TestAgency first = testAgencies.createBelow(county.id());
        late = testAgencies.createBelow(county.id());
        journey.published(first, 2025, ReportJourney.texts("先发布。"), ReportJourney.CONSISTENT_FIGURES);
        draft = journey.start(government, 2025);
    }

    @Test
    void the_dialog_lists_old_and_new_figures_after_saving_what_was_typed_and_accepting_shows_them() {
        journey.published(late, 2025, ReportJourney.texts("后发布。"), LATE);
        openDraft();
        type(CARRY_IN_NP, "4"); // typed, not saved yet

        _click(_get(Button.class, spec -> spec.withId(ReaggregateButton.ID)));

        assertThat(notifications())
                .as("the typing is saved before the sums are compared")
                .contains("已保存。");
        _get(Dialog.class, spec -> spec.withId(ReaggregationDialog.ID));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reaggregation-included"))
                        .getText())
                .isEqualTo("新纳入：" + late.name());
        Grid<CellMove> grid = changesGrid();
        assertThat(grid.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("单元格", "本稿现值", "重新汇总后", "辖区合计");
        List<CellMove> rows = GridKt._findAll(grid);
        assertThat(rows)
                .extracting(CellMove::cellId, CellMove::draft, CellMove::result, CellMove::area)
                .as("the carry-in just typed is saved and kept: the area's change only is added")
                .containsExactly(tuple(NEW_NP, "5", "8", "5 → 8"), tuple(OPEN_NP, "4", "7", "4 → 7"));
        assertThat(rows.getFirst().label()).isEqualTo("表三 一、本年新收政府信息公开申请数量 · 自然人");
        assertThat(_find(Paragraph.class, spec -> spec.withId("reaggregation-no-base")))
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withId("reaggregation-confirm")));

        assertThat(_get(ReportEditor.class).cell(NEW_NP).getValue()).isEqualTo("8");
        assertThat(_get(ReportEditor.class).cell(OPEN_NP).getValue()).isEqualTo("7");
        assertThat(_get(ReportEditor.class).cell(CARRY_IN_NP).getValue()).isEqualTo("4");
        assertThat(_get(Paragraph.class, spec -> spec.withId(AggregationScope.ID))
                        .getText())
                .contains("已纳入 2 个机关")
                .contains(" 重新汇总）");
        ReportTables stored = logins.as(government.handler(), () -> reports.view(draft))
                .content()
                .tables();
        assertThat(stored.t3(T3Row.NEW, T3Column.NP)).isEqualTo(8);
        assertThat(stored.t3(T3Row.NEW, T3Column.TOTAL)).isEqualTo(8);
    }

    @Test
    void a_draft_without_recorded_sums_says_the_sums_replace_its_values() {
        jdbc.sql("delete from report_area_sums where report_id = ?")
                .param(draft)
                .update();
        journey.published(late, 2025, ReportJourney.texts("后发布。"), LATE);
        openDraft();
        type(CARRY_IN_NP, "4");

        _click(_get(Button.class, spec -> spec.withId(ReaggregateButton.ID)));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reaggregation-no-base"))
                        .getText())
                .isEqualTo("本稿创建时未记录汇总基数，将以重新汇总值替换本稿现值，请核对本级数字。");
        assertThat(GridKt._findAll(changesGrid()))
                .extracting(CellMove::cellId, CellMove::draft, CellMove::result, CellMove::area)
                .containsExactly(
                        tuple(NEW_NP, "5", "8", "8"), tuple(CARRY_IN_NP, "4", "0", "0"), tuple(OPEN_NP, "4", "7", "7"));
    }

    @Test
    void cancel_changes_nothing_and_nothing_published_since_opens_no_dialog() {
        openDraft();
        _click(_get(Button.class, spec -> spec.withId(ReaggregateButton.ID)));

        assertThat(notifications()).contains("自创建以来没有新发布的下级机关报告，汇总数据也没有变化，无需重新汇总。");
        assertThat(_find(Dialog.class, spec -> spec.withId(ReaggregationDialog.ID)))
                .isEmpty();

        journey.published(late, 2025, ReportJourney.texts("后发布。"), LATE);
        _click(_get(Button.class, spec -> spec.withId(ReaggregateButton.ID)));
        _click(_get(Button.class, spec -> spec.withId("reaggregation-cancel")));

        assertThat(_find(Dialog.class, spec -> spec.withId(ReaggregationDialog.ID)))
                .isEmpty();
        assertThat(_get(ReportEditor.class).cell(NEW_NP).getValue()).isEqualTo("5");
        assertThat(logins.as(government.handler(), () -> reports.view(draft))
                        .content()
                        .tables()
                        .t3(T3Row.NEW, T3Column.NP))
                .isEqualTo(5);
    }

    @Test
    void a_department_draft_has_no_button() {
        long department = journey.start(late, 2025);
        login(late.handler());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(late.handler(), department).taskId()));

        assertThat(_find(Button.class, spec -> spec.withId(ReaggregateButton.ID)))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CellMove> changesGrid() {
        return _get(Grid.class, spec -> spec.withId("reaggregation-changes"));
    }

    private void openDraft() {
        login(government.handler());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(government.handler(), draft).taskId()));
    }

    /** Types into a cell's input and leaves it, as the browser reports it: a change event on the cell's table. */
    private static void type(String cellId, String text) {
        Element table = _get(Div.class, spec -> spec.withId("figures-" + cellId.substring(0, 2)))
                .getElement();
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("!!event.target.dataset.cell", true)
                .put("event.target.dataset.cell", cellId)
                .put("event.target.value", text);
        ElementUtilsKt._fireDomEvent(table, new DomEvent(table, "change", data));
    }
}
