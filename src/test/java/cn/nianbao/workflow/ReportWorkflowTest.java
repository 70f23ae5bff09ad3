package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublicationService;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.support.SameMoment;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The approval chain through the service layer, as each demo user of 温县科学技术局 would drive it. */
@NianbaoTest
class ReportWorkflowTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    PublicationService publications;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private static final int YEAR = 2025;
    private TestAgency agency;
    private String handler;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
        handler = agency.handler();
    }

    @Test
    void a_report_travels_from_draft_to_the_public_portal() {
        long reportId = draftAndSubmit();

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        logins.as(
                agency.secrecy(),
                () -> workflow.approve(taskOf(agency.secrecy(), reportId).taskId(), "无涉密内容"));
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
        logins.as(
                agency.supervisor(),
                () -> workflow.approve(taskOf(agency.supervisor(), reportId).taskId(), null));
        logins.as(
                agency.lead(),
                () -> workflow.approve(taskOf(agency.lead(), reportId).taskId(), "同意发布"));

        PublishedReport published =
                await().atMost(Duration.ofSeconds(30)).until(() -> publishedOf(reportId), p -> p != null);
        assertThat(published.year()).isEqualTo(YEAR);
        assertThat(published.agencyName()).isEqualTo(agency.name());
        ReportView content = publications.content(published.publicationId()).orElseThrow();
        assertThat(content.content().tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(5);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.PUBLISHED);

        List<ReportHistoryItem> history = logins.as(handler, () -> reports.history(reportId));
        assertThat(history)
                .extracting(ReportHistoryItem::action)
                .containsExactly(
                        HistoryAction.CREATED,
                        HistoryAction.SUBMITTED,
                        HistoryAction.APPROVED,
                        HistoryAction.APPROVED,
                        HistoryAction.SIGNED,
                        HistoryAction.PUBLISHED);
        assertThat(history)
                .extracting(ReportHistoryItem::actorUsername)
                .containsExactly(handler, handler, agency.secrecy(), agency.supervisor(), agency.lead(), "system");
        assertThat(history.get(2).opinion()).isEqualTo("无涉密内容");
        assertThat(history.get(4).opinion()).isEqualTo("同意发布");
    }

    @Test
    void warnings_need_a_note_to_submit_and_the_reviewers_read_it_in_the_history() {
        long reportId = logins.as(handler, () -> workflow.startReport(YEAR));
        save(
                reportId,
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP),
                        BigDecimal.valueOf(3),
                        Cells.t3(T3Row.OPEN, T3Column.NP),
                        BigDecimal.valueOf(3)));
        String taskId = taskOf(handler, reportId).taskId();
        assertThat(logins.as(handler, () -> reports.check(reportId)))
                .extracting(f -> f.rule())
                .containsExactly("TEXT-VS-TABLE");

        assertThatThrownBy(() -> logins.as(handler, () -> workflow.submit(taskId, " ")))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("1 处警告")
                .hasMessageContaining("警告说明");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.DRAFTING);

        logins.as(handler, () -> workflow.submit(taskId, "正文中的5件含2件咨询，不属于依申请公开"));
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        ReportHistoryItem submitted =
                logins.as(agency.secrecy(), () -> reports.history(reportId)).getLast();
        assertThat(submitted.action()).isEqualTo(HistoryAction.SUBMITTED);
        assertThat(submitted.opinion()).contains("已确认 1 处警告").contains("含2件咨询");
    }

    @Test
    void cross_year_rules_compare_with_last_years_published_report_in_the_system() {
        journey.published(
                agency,
                YEAR - 1,
                ReportJourney.texts("上年。"),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP),
                        BigDecimal.valueOf(6),
                        Cells.t3(T3Row.OPEN, T3Column.NP),
                        BigDecimal.valueOf(4),
                        Cells.t3(T3Row.CARRY_OUT, T3Column.NP),
                        BigDecimal.valueOf(2)));
        long thisYear = logins.as(handler, () -> workflow.startReport(YEAR));
        save(
                thisYear,
                Map.of(
                        Cells.t3(T3Row.CARRY_IN, T3Column.NP),
                        BigDecimal.ONE,
                        Cells.t3(T3Row.OPEN, T3Column.NP),
                        BigDecimal.ONE));

        assertThat(logins.as(handler, () -> reports.check(thisYear)))
                .extracting(f -> f.rule())
                .contains("XY-CARRY");
    }

    @Test
    void publishing_a_report_that_is_already_public_changes_nothing() {
        long reportId = draftAndSubmit();
        for (String reviewer : List.of(agency.secrecy(), agency.supervisor(), agency.lead())) {
            logins.as(
                    reviewer, () -> workflow.approve(taskOf(reviewer, reportId).taskId(), null));
        }
        PublishedReport first =
                await().atMost(Duration.ofSeconds(30)).until(() -> publishedOf(reportId), p -> p != null);

        assertThat(publications.publish(reportId)).isFalse();

        assertThat(publications.list())
                .filteredOn(p -> p.reportId() == reportId)
                .containsExactly(first);
        assertThat(logins.as(handler, () -> reports.history(reportId)))
                .filteredOn(h -> h.action() == HistoryAction.PUBLISHED)
                .hasSize(1);
    }

    @Test
    void a_report_that_breaks_a_rule_is_never_published_even_when_asked_directly() {
        long reportId = logins.as(handler, () -> workflow.startReport(YEAR));
        save(reportId, Map.of(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.ONE));

        // the refusal meant here, not any IllegalStateException on the way (a missing report would throw one too)
        assertThatThrownBy(() -> publications.publish(reportId))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("report " + reportId + " breaks cross-check rules; not published");
        assertThat(publishedOf(reportId)).isNull();
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.DRAFTING);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void a_return_at_any_review_step_goes_back_to_the_drafter_with_its_opinion(int returningStep) {
        long reportId = draftAndSubmit();
        List<String> reviewers = List.of(agency.secrecy(), agency.supervisor(), agency.lead());
        String returner = reviewers.get(returningStep);
        for (String reviewer : reviewers) {
            if (reviewer.equals(returner)) {
                logins.as(
                        reviewer,
                        () -> workflow.returnForRevision(
                                taskOf(reviewer, reportId).taskId(), "第二部分数据需核实"));
                break;
            }
            logins.as(
                    reviewer, () -> workflow.approve(taskOf(reviewer, reportId).taskId(), null));
        }

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.DRAFTING);
        WorkItem draft = taskOf(handler, reportId);
        assertThat(draft.step()).isEqualTo(ReportStage.DRAFTING);
        ReportHistoryItem last =
                logins.as(handler, () -> reports.history(reportId)).getLast();
        assertThat(last.action()).isEqualTo(HistoryAction.RETURNED);
        assertThat(last.actorUsername()).isEqualTo(returner);
        assertThat(last.opinion()).isEqualTo("第二部分数据需核实");

        logins.as(handler, () -> workflow.submit(draft.taskId()));
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(inboxOf(agency.secrecy())).extracting(WorkItem::reportId).contains(reportId);
    }

    @Test
    void a_return_without_an_opinion_is_refused_and_changes_nothing() {
        long reportId = draftAndSubmit();
        String taskId = taskOf(agency.secrecy(), reportId).taskId();

        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.returnForRevision(taskId, "  ")))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("必须填写意见");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(taskOf(agency.secrecy(), reportId).taskId()).isEqualTo(taskId);
    }

    @Test
    void another_role_or_another_agency_can_neither_see_nor_complete_the_task() {
        long reportId = draftAndSubmit();
        String taskId = taskOf(agency.secrecy(), reportId).taskId();
        TestAgency other = testAgencies.create();

        for (String outsider :
                List.of(agency.supervisor(), agency.lead(), handler, other.secrecy(), other.handler(), "baomi")) {
            assertThat(inboxOf(outsider)).extracting(WorkItem::reportId).doesNotContain(reportId);
            assertThat(logins.as(outsider, () -> workflow.task(taskId))).isEmpty();
            assertThatThrownBy(() -> logins.as(outsider, () -> workflow.approve(taskId, "越权")))
                    .isInstanceOf(WorkflowActionException.class)
                    .hasMessage(WorkflowActionException.TASK_GONE);
        }
        assertThatThrownBy(() -> logins.as(other.secrecy(), () -> reports.view(reportId)))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
    }

    @Test
    void the_submitter_withdraws_before_the_confidentiality_review_acts() {
        long reportId = draftAndSubmit();
        assertThat(logins.as(agency.secrecy(), () -> workflow.canWithdraw(reportId)))
                .isFalse();
        assertThat(logins.as(handler, () -> workflow.canWithdraw(reportId))).isTrue();

        logins.as(handler, () -> workflow.withdraw(reportId));

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(taskOf(handler, reportId).step()).isEqualTo(ReportStage.DRAFTING);
        assertThat(inboxOf(agency.secrecy())).extracting(WorkItem::reportId).doesNotContain(reportId);
        ReportHistoryItem last =
                logins.as(handler, () -> reports.history(reportId)).getLast();
        assertThat(last.action()).isEqualTo(HistoryAction.WITHDRAWN);
        assertThat(last.actorUsername()).isEqualTo(handler);
    }

    @Test
    void a_withdrawal_is_refused_once_the_confidentiality_review_has_acted_or_by_someone_else() {
        long reportId = draftAndSubmit();
        assertThatThrownBy(() -> logins.as(agency.supervisor(), () -> workflow.withdraw(reportId)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("不能撤回");

        logins.as(
                agency.secrecy(),
                () -> workflow.approve(taskOf(agency.secrecy(), reportId).taskId(), null));

        assertThat(logins.as(handler, () -> workflow.canWithdraw(reportId))).isFalse();
        assertThatThrownBy(() -> logins.as(handler, () -> workflow.withdraw(reportId)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("不能撤回");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void acting_on_a_task_someone_already_completed_gets_a_clear_message() {
        long reportId = draftAndSubmit();
        String taskId = taskOf(agency.secrecy(), reportId).taskId();
        logins.as(agency.secrecy(), () -> workflow.approve(taskId, null));

        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.approve(taskId, null)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessage(WorkflowActionException.TASK_GONE);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void two_approvals_of_the_same_task_at_the_same_moment_advance_the_report_once() throws Exception {
        long reportId = draftAndSubmit();
        String taskId = taskOf(agency.secrecy(), reportId).taskId();
        Runnable approve = () -> logins.as(agency.secrecy(), () -> workflow.approve(taskId, "同意"));

        assertThat(SameMoment.run(approve, approve))
                .containsExactlyInAnyOrder(SameMoment.DONE, WorkflowActionException.TASK_GONE);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
        assertThat(inboxOf(agency.supervisor()))
                .filteredOn(w -> w.reportId() == reportId)
                .hasSize(1);
        assertThat(logins.as(handler, () -> reports.history(reportId)))
                .filteredOn(h -> h.action() == HistoryAction.APPROVED)
                .hasSize(1);
    }

    @Test
    void a_report_whose_totals_do_not_add_up_cannot_be_submitted() {
        long reportId = logins.as(handler, () -> workflow.startReport(YEAR));
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(3));
        save(reportId, cells);
        String taskId = taskOf(handler, reportId).taskId();

        assertThatThrownBy(() -> logins.as(handler, () -> workflow.submit(taskId)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("改正后才能提交")
                .hasMessageContaining("本年新收 3");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.DRAFTING);
    }

    @Test
    void only_a_handler_can_start_a_report_and_only_once_per_year() {
        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.startReport(YEAR)))
                .isInstanceOf(WorkflowActionException.class);
        logins.as(handler, () -> workflow.startReport(YEAR));
        assertThatThrownBy(() -> logins.as(handler, () -> workflow.startReport(YEAR)))
                .hasMessageContaining("已经存在");
    }

    /** Two sessions of the agency's handlers pressing 新建 at once: one report, and the other is told it exists. */
    @Test
    void two_creations_of_the_same_year_at_the_same_moment_make_one_report_and_say_so_to_the_other() throws Exception {
        Runnable create = () -> logins.as(handler, () -> workflow.startReport(YEAR));

        assertThat(SameMoment.run(create, create))
                .containsExactlyInAnyOrder(SameMoment.DONE, "本机关 " + YEAR + " 年度报告已经存在，请在「本机关报告」中打开它。");
        assertThat(logins.as(handler, () -> reports.readableReports()))
                .filteredOn(r -> r.year() == YEAR)
                .hasSize(1);
        assertThat(inboxOf(handler)).hasSize(1);
    }

    @Test
    void a_new_years_report_starts_from_last_years_published_carry_out_and_valid_documents() {
        journey.published(
                agency,
                YEAR - 1,
                ReportJourney.texts("上年。"),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP),
                        BigDecimal.valueOf(6),
                        Cells.t3(T3Row.OPEN, T3Column.NP),
                        BigDecimal.valueOf(4),
                        Cells.t3(T3Row.CARRY_OUT, T3Column.NP),
                        BigDecimal.valueOf(2),
                        T2Cell.NORMATIVE_VALID.id(),
                        BigDecimal.valueOf(31)));

        long thisYear = logins.as(handler, () -> workflow.startReport(YEAR));

        ReportView report = logins.as(handler, () -> reports.view(thisYear));
        assertThat(report.content().tables().t3(T3Row.CARRY_IN, T3Column.NP)).isEqualTo(2);
        assertThat(report.content().tables().t3(T3Row.CARRY_IN, T3Column.TOTAL)).isEqualTo(2);
        assertThat(report.content().tables().count(T2Cell.NORMATIVE_VALID.id())).isEqualTo(31);
        assertThat(report.content().tables().t3(T3Row.NEW, T3Column.NP)).isZero();
        assertThat(report.content().text(Section.S1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2999})
    void a_year_outside_the_current_format_is_refused(int year) {
        assertThatThrownBy(() -> logins.as(handler, () -> workflow.startReport(year)))
                .hasMessageContaining("报告年度须在 2021 年至");
        assertThat(logins.as(handler, () -> reports.readableReports())).isEmpty();
    }

    private long draftAndSubmit() {
        long reportId = logins.as(handler, () -> workflow.startReport(YEAR));
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5));
        cells.put(Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4));
        cells.put(Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(1));
        cells.put(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2));
        save(reportId, cells);
        logins.as(handler, () -> workflow.submit(taskOf(handler, reportId).taskId()));
        return reportId;
    }

    private void save(long reportId, Map<String, BigDecimal> cells) {
        journey.save(agency, reportId, Map.of(Section.S1, "2025年，本局收到政府信息公开申请5件。", Section.S6, "本年度未收取信息处理费。"), cells);
    }

    private WorkItem taskOf(String username, long reportId) {
        return journey.taskOf(username, reportId);
    }

    private List<WorkItem> inboxOf(String username) {
        return logins.as(username, () -> workflow.inbox());
    }

    private ReportStage stageOf(long reportId) {
        return logins.as(handler, () -> reports.view(reportId).stage());
    }

    private PublishedReport publishedOf(long reportId) {
        return journey.publicationOf(reportId);
    }
}
