package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.ui.YearField;
import cn.nianbao.desk.DueWork;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.ui.FigureCell;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportWorkflow;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The editor, the inbox and the review screen, driven as a person would, without a browser. */
class TaskScreensTest extends UiTest {

    private static final int YEAR = 2025;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    MutableClock clock;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void the_editor_computes_totals_and_marks_a_broken_identity_as_the_handler_types() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);

        type(cell(T3Row.NEW, T3Column.NP), "3");
        type(cell(T3Row.NEW, T3Column.LE_OTHER), "2");

        assertThat(cell(T3Row.NEW, T3Column.TOTAL).getValue()).isEqualTo("5");
        assertThat(cell(T3Row.NEW, T3Column.TOTAL).isReadOnly()).isTrue();
        type(cell(T3Row.NEW, T3Column.TOTAL), "99");
        assertThat(cell(T3Row.NEW, T3Column.TOTAL).getValue())
                .as("a total is computed, not typed")
                .isEqualTo("5");
        assertThat(rulesShown()).contains("T3-ID");
        assertThat(cell(T3Row.NEW, T3Column.NP).getMark()).isEqualTo("cell-error");

        type(cell(T3Row.OPEN, T3Column.NP), "3");
        type(cell(T3Row.DENY_1, T3Column.LE_OTHER), "2");
        assertThat(cell(T3Row.RESULT_TOTAL, T3Column.TOTAL).getValue()).isEqualTo("5");
        assertThat(rulesShown()).isEmpty();
        assertThat(cell(T3Row.NEW, T3Column.NP).getMark()).isEmpty();

        type(_get(TextArea.class, spec -> spec.withId("section-S1")), "本年共收到申请5件。𠮷");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(notifications()).contains("已保存。");
        var saved = reports.view(reportId);
        assertThat(saved.content().tables().t3(T3Row.NEW, T3Column.TOTAL)).isEqualTo(5);
        assertThat(saved.content().tables().t3(T3Row.DENY_1, T3Column.LE_OTHER)).isEqualTo(2);
        assertThat(saved.content().text(cn.nianbao.report.format.Section.S1)).isEqualTo("本年共收到申请5件。𠮷");
    }

    @Test
    void a_negative_number_is_refused_with_a_message_and_nothing_is_saved() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);
        long version = reports.view(reportId).version();

        type(cell(T3Row.NEW, T3Column.NP), "-4");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(cell(T3Row.NEW, T3Column.NP).isInvalid()).isTrue();
        assertThat(cell(T3Row.NEW, T3Column.NP).getErrorMessage()).isEqualTo("不能为负数");
        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("自然人").contains("不能为负数"));
        assertThat(reports.view(reportId).version()).isEqualTo(version);
        assertThat(cell(T3Row.NEW, T3Column.NP).getValue()).isEqualTo("-4");
    }

    @Test
    void full_width_digits_are_converted_and_pasted_text_is_refused_without_losing_it() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);
        long version = reports.view(reportId).version();

        type(cell(T3Row.NEW, T3Column.NP), "１２");
        assertThat(cell(T3Row.NEW, T3Column.NP).getValue()).isEqualTo("12");
        assertThat(cell(T3Row.NEW, T3Column.TOTAL).getValue()).isEqualTo("12");

        type(cell(T3Row.OPEN, T3Column.NP), "十二件");
        assertThat(cell(T3Row.OPEN, T3Column.NP).isInvalid()).isTrue();
        assertThat(cell(T3Row.OPEN, T3Column.NP).getErrorMessage()).contains("请输入数字");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("（一）予以公开").contains("请输入数字"));
        assertThat(reports.view(reportId).version()).isEqualTo(version);
        assertThat(cell(T3Row.OPEN, T3Column.NP).getValue()).isEqualTo("十二件");
    }

    @Test
    void markup_typed_into_a_cell_stays_text_when_the_table_is_drawn_again() {
        login(agency.handler());
        createReportInTheUi(YEAR);
        String hostile = "\"><img src=x onerror=alert(1)>";

        type(cell(T3Row.NEW, T3Column.NP), hostile);
        _get(ReportEditor.class).editOnly(java.util.Set.of(cn.nianbao.report.DraftPart.values()));

        assertThat(cell(T3Row.NEW, T3Column.NP).getValue()).isEqualTo(hostile);
        assertThat(cell(T3Row.NEW, T3Column.NP).isInvalid()).isTrue();
        String html =
                _get(Div.class, spec -> spec.withId("figures-t3")).getElement().getProperty("innerHTML");
        assertThat(html).doesNotContain("<img").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void the_draft_saves_itself_while_the_handler_types() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);

        type(cell(T3Row.NEW, T3Column.NP), "7");
        type(_get(TextArea.class, spec -> spec.withId("section-S5")), "部分栏目更新不及时。");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        var saved = reports.view(reportId);
        assertThat(saved.content().tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(7);
        assertThat(saved.content().text(cn.nianbao.report.format.Section.S5)).isEqualTo("部分栏目更新不及时。");
        assertThat(_get(Span.class, spec -> spec.withId("autosave-status")).getText())
                .startsWith("已保存");
        assertThat(UI.getCurrent().getPollInterval())
                .as("all saved: it only looks for what colleagues saved")
                .isEqualTo(DraftAutosave.COLLEAGUES_MILLIS);
        try {
            clock.advance(DraftAutosave.COLLEAGUES_WATCH.plusSeconds(1));
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            assertThat(UI.getCurrent().getPollInterval())
                    .as("long after the last typing: the session may go idle")
                    .isEqualTo(-1);

            type(cell(T3Row.NEW, T3Column.NP), "8");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DraftAutosave.AUTOSAVE_MILLIS);
        } finally {
            clock.reset();
        }
    }

    @Test
    void input_that_cannot_be_saved_yet_keeps_the_session_alive_only_ten_minutes_after_the_last_typing() {
        login(agency.handler());
        createReportInTheUi(YEAR);
        type(cell(T3Row.NEW, T3Column.NP), "两件");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DraftAutosave.AUTOSAVE_MILLIS);
        try {
            clock.advance(DraftAutosave.POLL_WHILE_IDLE.plusMinutes(1));
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

            type(cell(T3Row.NEW, T3Column.NP), "3");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DraftAutosave.AUTOSAVE_MILLIS);
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_save_in_another_part_than_a_save_from_another_window_keeps_both_and_shows_the_other() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);
        saveFromAnotherWindow(reportId, "另一窗口保存的总体情况");

        type(cell(T3Row.NEW, T3Column.NP), "9");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(notifications()).contains("已保存。");
        var stored = reports.view(reportId);
        assertThat(stored.content().text(Section.S1)).isEqualTo("另一窗口保存的总体情况");
        assertThat(stored.content().tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(9);
        assertThat(_get(TextArea.class, spec -> spec.withId("section-S1")).getValue())
                .as("what was saved elsewhere appears without a reload")
                .isEqualTo("另一窗口保存的总体情况");
    }

    @Test
    void the_same_section_saved_first_elsewhere_is_left_out_named_and_kept_on_screen_until_the_person_chooses() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);
        saveFromAnotherWindow(reportId, "另一窗口保存的总体情况");

        type(_get(TextArea.class, spec -> spec.withId("section-S1")), "这里输入的总体情况");
        type(cell(T3Row.NEW, T3Column.NP), "4");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text)
                        .contains("「一、总体情况」")
                        .contains("已保存了不同的内容")
                        .contains("这些部分未保存，您的修改仍在页面上；其他部分已保存"));
        assertThat(_get(TextArea.class, spec -> spec.withId("section-S1")).getValue())
                .isEqualTo("这里输入的总体情况");
        var stored = reports.view(reportId);
        assertThat(stored.content().text(Section.S1)).isEqualTo("另一窗口保存的总体情况");
        assertThat(stored.content().tables().t3(T3Row.NEW, T3Column.NP))
                .as("the other part is saved")
                .isEqualTo(4);

        // taking the other version keeps the person's own text to copy from
        _click(_get(Button.class, spec -> spec.withId("conflict-take-S1")));
        assertThat(_get(TextArea.class, spec -> spec.withId("section-S1")).getValue())
                .isEqualTo("另一窗口保存的总体情况");
        assertThat(_get(TextArea.class, spec -> spec.withId("conflict-mine-S1")).getValue())
                .isEqualTo("这里输入的总体情况");

        // and once more, keeping the person's own version overwrites knowingly
        saveFromAnotherWindow(reportId, "第三个窗口的总体情况");
        type(_get(TextArea.class, spec -> spec.withId("section-S1")), "坚持这一版");
        _click(_get(Button.class, spec -> spec.withId("save")));
        _click(_get(Button.class, spec -> spec.withId("conflict-keep-S1")));
        assertThat(reports.view(reportId).content().text(Section.S1)).isEqualTo("坚持这一版");
    }

    private void saveFromAnotherWindow(long reportId, String s1) {
        var before = reports.view(reportId);
        reports.saveDraft(
                reportId,
                DraftEdit.between(
                        before.content(),
                        new ReportContent(
                                Map.of(Section.S1, s1), before.content().tables())));
    }

    @Test
    void a_consistent_draft_is_submitted_and_reaches_the_reviewers_inbox_only() {
        login(agency.handler());
        long reportId = createReportInTheUi(YEAR);
        type(cell(T3Row.NEW, T3Column.NP), "1");
        type(cell(T3Row.CARRY_OUT, T3Column.NP), "1");
        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(notifications()).contains("已提交，进入保密审查。");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SECRECY_REVIEW);

        switchUser(agency.secrecy());
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<DueWork> inbox = _get(Grid.class, spec -> spec.withId("inbox"));
        assertThat(GridKt._size(inbox.getDataProvider(), null)).isPositive();
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(inbox.getDataProvider(), null))
                        .mapToObj(i -> GridKt._get(inbox, i).reportId()))
                .contains(reportId);
    }

    @Test
    void a_reviewer_must_give_an_opinion_to_return_and_the_drafter_sees_it_beside_the_report() {
        long reportId = submittedReport();
        login(agency.secrecy());
        String taskId = workflow.inbox().stream()
                .filter(w -> w.reportId() == reportId)
                .findFirst()
                .orElseThrow()
                .taskId();
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));
        assertThat(dueLine())
                .as("the review screen says the report's due date, as 待办 does")
                .matches(DUE_LINE);

        _click(_get(Button.class, spec -> spec.withId("return")));
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("opinion"));
        assertThat(opinion.isInvalid()).isTrue();
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SECRECY_REVIEW);

        type(opinion, "第一部分涉及内部人员信息，请删除");
        _click(_get(Button.class, spec -> spec.withId("return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.DRAFTING);

        switchUser(agency.handler());
        String draftTask = workflow.inbox().stream()
                .filter(w -> w.reportId() == reportId)
                .findFirst()
                .orElseThrow()
                .taskId();
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(draftTask));
        assertThat(dueLine()).as("and so does the draft screen").matches(DUE_LINE);
        var banner = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("return-opinion"));
        assertThat(_find(banner, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("第一部分涉及内部人员信息，请删除");
    }

    @Test
    void the_handler_withdraws_a_submitted_report_from_its_page() {
        long reportId = submittedReport();
        login(agency.handler());
        UI.getCurrent()
                .navigate(
                        ReportDetailView.class,
                        new com.vaadin.flow.router.RouteParameters("reportId", String.valueOf(reportId)));

        _click(_get(Button.class, spec -> spec.withId("withdraw")));

        assertThat(notifications()).contains("已撤回，报告回到起草环节。");
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.DRAFTING);
        switchUser(agency.secrecy());
        UI.getCurrent()
                .navigate(
                        ReportDetailView.class,
                        new com.vaadin.flow.router.RouteParameters("reportId", String.valueOf(reportId)));
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
    }

    @Test
    void a_task_of_another_agency_shows_nothing_of_the_report() {
        long reportId = submittedReport();
        String taskId = logins.as(agency.secrecy(), () -> workflow.inbox()).stream()
                .filter(w -> w.reportId() == reportId)
                .findFirst()
                .orElseThrow()
                .taskId();
        login(testAgencies.create().secrecy());
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));

        assertThat(_get(Paragraph.class, spec -> spec.withId("task-gone")).getText())
                .contains("已由他人处理");
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
    }

    @Test
    void opening_the_review_of_ones_own_report_by_its_address_says_it_is_separation_of_duties() {
        String both = testAgencies.addPerson(agency, "both", "兼任者", Role.HANDLER, Role.SECRECY_REVIEWER);
        long reportId = logins.as(both, () -> {
            long id = workflow.startReport(YEAR);
            workflow.submit(workflow.inbox().stream()
                    .filter(w -> w.reportId() == id)
                    .findFirst()
                    .orElseThrow()
                    .taskId());
            return id;
        });
        String reviewTask = logins.as(agency.secrecy(), () -> workflow.inbox()).stream()
                .filter(w -> w.reportId() == reportId)
                .findFirst()
                .orElseThrow()
                .taskId();
        login(both);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTask));

        // not 「已由他人处理」, which would send the person looking for a colleague who took it
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-gone")).getText())
                .isEqualTo("您起草或提交了这份报告，不能办理它的「保密审查」（审批分离：起草与审核须由不同的人负责）。");
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
    }

    private long createReportInTheUi(int year) {
        UI.getCurrent().navigate(ReportsView.class);
        type(_get(YearField.class, spec -> spec.withId("new-report-year")), String.valueOf(year));
        _click(_get(Button.class, spec -> spec.withId("create-report")));
        return reports.readableReports().stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long submittedReport() {
        return logins.as(agency.handler(), () -> {
            long reportId = workflow.startReport(YEAR);
            String taskId = workflow.inbox().stream()
                    .filter(w -> w.reportId() == reportId)
                    .findFirst()
                    .orElseThrow()
                    .taskId();
            workflow.submit(taskId);
            return reportId;
        });
    }

    private static FigureCell cell(T3Row row, T3Column column) {
        return _get(ReportEditor.class).cell(Cells.t3(row, column));
    }

    /** Types into a cell's input and leaves it, as the browser reports it: a change event on the cell's table. */
    /** 报告截止日期：2026年1月31日 已逾期 213 个工作日（307 天） */
    private static final String DUE_LINE =
            "报告截止日期：\\d{4}年\\d{1,2}月\\d{1,2}日 (剩余 \\d+ 个工作日.*|今天到期|已逾期 \\d+ 个工作日（\\d+ 天）)";

    private static String dueLine() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("task-due"))
                .getElement()
                .getTextRecursively();
    }

    private static void type(FigureCell cell, String text) {
        Element table = _get(
                        Div.class,
                        spec -> spec.withId("figures-" + cell.cellId().substring(0, 2)))
                .getElement();
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("!!event.target.dataset.cell", true)
                .put("event.target.dataset.cell", cell.cellId())
                .put("event.target.value", text);
        ElementUtilsKt._fireDomEvent(table, new DomEvent(table, "change", data));
    }

    private static java.util.List<String> rulesShown() {
        return _find(ListItem.class).stream()
                .map(item -> item.getElement().getAttribute("data-rule"))
                .filter(rule -> rule != null)
                .toList();
    }
}
