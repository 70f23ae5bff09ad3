package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.ContentChanges;
import cn.nianbao.report.ContentChanges.Mark;
import cn.nianbao.report.ContentChanges.Segment;
import cn.nianbao.report.CopiedReport;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.support.SameMoment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions at every review step through the services: separation of duties, returns, withdraw, hand-overs. */
@NianbaoTest
class ReviewDecisionsTest {

    private static final int YEAR = 2025;
    private static final String TEXT = "2025年，本局收到政府信息公开申请5件。";

    @Autowired
    Deliveries deliveries;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ProcessDiagram diagrams;

    @Autowired
    ReportService reports;

    @Autowired
    NotificationService notifications;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void a_drafter_holding_the_reviewer_role_is_neither_offered_nor_allowed_the_review() {
        String both = testAgencies.addPerson(agency, "both", "兼任者", Role.HANDLER, Role.SECRECY_REVIEWER);
        long reportId = logins.as(both, () -> workflow.startReport(YEAR));
        journey.saveApplicationsAs(both, reportId, TEXT, 5);
        logins.as(both, () -> workflow.submit(journey.taskOf(both, reportId).taskId()));
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();

        assertThat(inboxOf(both)).extracting(WorkItem::reportId).doesNotContain(reportId);
        assertThat(logins.as(both, () -> workflow.task(taskId))).isEmpty();
        assertThatThrownBy(() -> logins.as(both, () -> workflow.approve(taskId, "自己审自己")))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("您起草或提交了这份报告")
                .hasMessageContaining("保密审查");
        assertThatThrownBy(() -> logins.as(both, () -> workflow.claim(taskId)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("您起草或提交了这份报告");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);

        logins.as(agency.secrecy(), () -> workflow.approve(taskId, null));
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void whoever_submitted_a_transferred_draft_cannot_review_it_either() {
        String colleague = testAgencies.addPerson(agency, "h2", "经办兼分管", Role.HANDLER, Role.SUPERVISOR);
        long reportId = journey.start(agency, YEAR);
        save(reportId, TEXT, 5);
        String draft = journey.taskOf(agency.handler(), reportId).taskId();
        assertThat(logins.as(agency.handler(), () -> workflow.transferCandidates(draft)))
                .extracting(Person::username)
                .containsExactly(colleague);

        assertThat(logins.as(agency.handler(), () -> workflow.delegateCandidates(draft)))
                .isEmpty();
        assertThatThrownBy(() -> logins.as(agency.handler(), () -> workflow.delegate(draft, colleague, null)))
                .hasMessageContaining("起草环节不能委派");
        logins.as(agency.handler(), () -> workflow.transfer(draft, colleague, "请代为提交"));
        logins.as(
                colleague,
                () -> workflow.submit(journey.taskOf(colleague, reportId).taskId()));
        approve(agency.secrecy(), reportId);

        assertThat(inboxOf(colleague)).extracting(WorkItem::reportId).doesNotContain(reportId);
        String review = journey.taskOf(agency.supervisor(), reportId).taskId();
        assertThatThrownBy(() -> logins.as(colleague, () -> workflow.approve(review, null)))
                .hasMessageContaining("您起草或提交了这份报告");
        assertThat(history(reportId)).extracting(ReportHistoryItem::action).contains(HistoryAction.TRANSFERRED);
    }

    @Test
    void the_lead_returns_to_a_chosen_earlier_step_and_it_lands_with_whoever_did_that_step() {
        String otherSecrecy = testAgencies.addPerson(agency, "s2", "保密乙", Role.SECRECY_REVIEWER);
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        approve(agency.supervisor(), reportId);
        String signOff = journey.taskOf(agency.lead(), reportId).taskId();

        assertThat(logins.as(agency.lead(), () -> workflow.returnTargets(signOff)))
                .extracting(ReturnTarget::step, ReturnTarget::username)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReportStage.DRAFTING, agency.handler()),
                        org.assertj.core.groups.Tuple.tuple(ReportStage.SECRECY_REVIEW, agency.secrecy()),
                        org.assertj.core.groups.Tuple.tuple(ReportStage.SUPERVISOR_REVIEW, agency.supervisor()));
        logins.as(agency.lead(), () -> workflow.returnTo(signOff, ReportStage.SECRECY_REVIEW, "涉密表述请再核"));

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        WorkItem back = journey.taskOf(agency.secrecy(), reportId);
        assertThat(back.holding()).isEqualTo(WorkItem.Holding.MINE);
        assertThat(inboxOf(otherSecrecy)).extracting(WorkItem::reportId).doesNotContain(reportId);
        ReportHistoryItem returned = history(reportId).getLast();
        assertThat(returned.action()).isEqualTo(HistoryAction.RETURNED);
        assertThat(returned.opinion()).isEqualTo("涉密表述请再核");
        assertThat(returned.detail()).contains("保密审查");
        deliveries.awaitAll();
        assertThat(logins.as(agency.secrecy(), () -> notifications.mine()))
                .extracting(NotificationItem::kind)
                .contains(NotificationKind.RETURNED);
        String svg = logins.as(agency.lead(), () -> diagrams.of(reportId).orElseThrow());
        assertThat(svg)
                .containsPattern("class=\"[^\"]* taken\" data-element-id=\"leadReturnedToSecrecy\"")
                .containsPattern("class=\"[^\"]* not-taken\" data-element-id=\"leadReturnedToSupervisor\"");

        approve(agency.secrecy(), reportId);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void a_return_to_a_later_step_is_refused_and_changes_nothing() {
        long reportId = submitted();
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();

        assertThatThrownBy(() -> logins.as(
                        agency.secrecy(), () -> workflow.returnTo(taskId, ReportStage.SUPERVISOR_REVIEW, "退到后面")))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("前序环节");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
    }

    @Test
    void the_reviewer_who_approved_withdraws_while_the_next_step_has_not_acted() {
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        assertThat(logins.as(agency.handler(), () -> workflow.canWithdraw(reportId)))
                .isFalse();
        assertThat(logins.as(agency.secrecy(), () -> workflow.canWithdraw(reportId)))
                .isTrue();

        logins.as(agency.secrecy(), () -> workflow.withdraw(reportId));

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(journey.taskOf(agency.secrecy(), reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
        ReportHistoryItem last = history(reportId).getLast();
        assertThat(last.action()).isEqualTo(HistoryAction.WITHDRAWN);
        assertThat(last.actorUsername()).isEqualTo(agency.secrecy());
    }

    @Test
    void a_withdraw_is_refused_once_the_next_step_acted() {
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        logins.as(
                agency.supervisor(),
                () -> workflow.claim(
                        journey.taskOf(agency.supervisor(), reportId).taskId()));

        assertThat(logins.as(agency.secrecy(), () -> workflow.canWithdraw(reportId)))
                .isFalse();
        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.withdraw(reportId)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("「分管领导审核」已经办理")
                .hasMessageContaining("不能撤回");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void a_claim_by_one_reviewer_hides_the_task_from_another_until_unclaimed() {
        String otherSecrecy = testAgencies.addPerson(agency, "s2", "保密乙", Role.SECRECY_REVIEWER);
        long reportId = submitted();
        String taskId = journey.taskOf(otherSecrecy, reportId).taskId();
        assertThat(journey.taskOf(otherSecrecy, reportId).holding()).isEqualTo(WorkItem.Holding.OFFERED);

        logins.as(agency.secrecy(), () -> workflow.claim(taskId));

        assertThat(journey.taskOf(agency.secrecy(), reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
        assertThat(inboxOf(otherSecrecy)).extracting(WorkItem::reportId).doesNotContain(reportId);
        assertThatThrownBy(() -> logins.as(otherSecrecy, () -> workflow.approve(taskId, null)))
                .hasMessage(WorkflowActionException.TASK_GONE);
        assertThatThrownBy(() -> logins.as(otherSecrecy, () -> workflow.unclaim(taskId)))
                .isInstanceOf(WorkflowActionException.class);

        logins.as(agency.secrecy(), () -> workflow.unclaim(taskId));
        assertThat(inboxOf(otherSecrecy)).extracting(WorkItem::reportId).contains(reportId);
        assertThat(history(reportId))
                .extracting(ReportHistoryItem::action)
                .containsSubsequence(HistoryAction.CLAIMED, HistoryAction.UNCLAIMED);
    }

    @Test
    void a_delegated_task_comes_back_to_the_delegator_to_decide() {
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        String taskId = journey.taskOf(agency.supervisor(), reportId).taskId();
        assertThat(logins.as(agency.supervisor(), () -> workflow.delegateCandidates(taskId)))
                .extracting(Person::username)
                .contains(agency.secrecy())
                .doesNotContain(agency.handler());

        logins.as(agency.supervisor(), () -> workflow.delegate(taskId, agency.secrecy(), "请把关数据"));

        assertThat(inboxOf(agency.supervisor())).extracting(WorkItem::reportId).doesNotContain(reportId);
        assertThat(journey.taskOf(agency.secrecy(), reportId).holding()).isEqualTo(WorkItem.Holding.DELEGATED_TO_ME);
        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.approve(taskId, null)))
                .hasMessageContaining("办毕");
        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.resolve(taskId, " ")))
                .hasMessageContaining("须填写意见");

        logins.as(agency.secrecy(), () -> workflow.resolve(taskId, "数据无误"));

        assertThat(journey.taskOf(agency.supervisor(), reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
        assertThat(inboxOf(agency.secrecy())).extracting(WorkItem::reportId).doesNotContain(reportId);
        approve(agency.supervisor(), reportId);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.LEAD_SIGNOFF);
        assertThat(history(reportId))
                .filteredOn(h -> h.action() == HistoryAction.RESOLVED)
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.actorUsername()).isEqualTo(agency.secrecy());
                    assertThat(h.opinion()).isEqualTo("数据无误");
                });
    }

    @Test
    void a_transfer_goes_only_to_a_colleague_holding_the_steps_role() {
        String otherSupervisor = testAgencies.addPerson(agency, "sup2", "分管乙", Role.SUPERVISOR);
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        String taskId = journey.taskOf(agency.supervisor(), reportId).taskId();

        assertThatThrownBy(() -> logins.as(agency.supervisor(), () -> workflow.transfer(taskId, agency.lead(), null)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("所选人员不能办理");
        TestAgency other = testAgencies.create();
        assertThatThrownBy(
                        () -> logins.as(agency.supervisor(), () -> workflow.transfer(taskId, other.supervisor(), null)))
                .hasMessageContaining("所选人员不能办理");

        logins.as(agency.supervisor(), () -> workflow.transfer(taskId, otherSupervisor, "我出差，请代审"));

        assertThat(journey.taskOf(otherSupervisor, reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
        assertThat(inboxOf(agency.supervisor())).extracting(WorkItem::reportId).doesNotContain(reportId);
        ReportHistoryItem transfer = history(reportId).getLast();
        assertThat(transfer.action()).isEqualTo(HistoryAction.TRANSFERRED);
        assertThat(transfer.detail()).contains("分管乙");
        assertThat(transfer.opinion()).isEqualTo("我出差，请代审");
        approve(otherSupervisor, reportId);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.LEAD_SIGNOFF);
    }

    @Test
    void a_copy_shows_the_report_under_copied_to_me_and_notifies() {
        long reportId = submitted();
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();
        TestAgency other = testAgencies.create();
        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.copy(taskId, other.lead())))
                .hasMessageContaining("本机关");

        logins.as(agency.secrecy(), () -> workflow.copy(taskId, agency.lead()));

        assertThat(logins.as(agency.lead(), () -> reports.copiedToMe()))
                .extracting(CopiedReport::reportId)
                .containsExactly(reportId);
        deliveries.awaitAll();
        assertThat(logins.as(agency.lead(), () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(history(reportId).getLast().action()).isEqualTo(HistoryAction.COPIED);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.SECRECY_REVIEW);
    }

    @Test
    void an_urge_reaches_everyone_the_open_step_is_offered_to_and_is_kept_in_the_history() {
        String otherSecrecy = testAgencies.addPerson(agency, "s2", "保密乙", Role.SECRECY_REVIEWER);
        long reportId = submitted();
        assertThatThrownBy(() -> logins.as(agency.lead(), () -> workflow.urge(reportId, null)))
                .hasMessageContaining("参与过");

        int reminded = logins.as(agency.handler(), () -> workflow.urge(reportId, "请尽快审查"));

        assertThat(reminded).isEqualTo(2);
        for (String reviewer : List.of(agency.secrecy(), otherSecrecy)) {
            deliveries.awaitAll();
            List<NotificationItem> mine = logins.as(reviewer, () -> notifications.mine());
            assertThat(mine)
                    .filteredOn(n -> n.kind() == NotificationKind.URGED)
                    .singleElement()
                    .satisfies(n -> {
                        assertThat(n.text()).contains("请尽快审查");
                        assertThat(n.link()).isEqualTo("reports/" + reportId);
                    });
        }
        logins.as(agency.secrecy(), () -> notifications.markAllRead());
        deliveries.awaitAll();
        assertThat(logins.as(agency.secrecy(), () -> notifications.unreadCount()))
                .isZero();
        assertThat(logins.as(otherSecrecy, () -> notifications.unreadCount()))
                .as("新待办 and 催办")
                .isEqualTo(2);
        assertThat(history(reportId).getLast().action()).isEqualTo(HistoryAction.URGED);
        assertThat(logins.as(agency.handler(), () -> workflow.canWithdraw(reportId)))
                .isTrue();
    }

    @Test
    void a_reviewer_sees_what_changed_since_the_version_they_returned() {
        long reportId = submitted();
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();
        assertThat(logins.as(agency.secrecy(), () -> reports.changesSinceMyLastVersion(reportId)))
                .isEmpty();
        logins.as(agency.secrecy(), () -> workflow.returnForRevision(taskId, "申请数应为6件"));

        save(reportId, "2025年，本局收到政府信息公开申请6件<b>𠮷。", 6);
        ContentChanges handlerView = logins.as(agency.handler(), () -> reports.changesSinceMyLastVersion(reportId))
                .orElseThrow();
        assertThat(handlerView.cells()).isNotEmpty();
        logins.as(
                agency.handler(),
                () -> workflow.submit(journey.taskOf(agency.handler(), reportId).taskId()));

        ContentChanges changes = logins.as(agency.secrecy(), () -> reports.changesSinceMyLastVersion(reportId))
                .orElseThrow();
        assertThat(changes.texts()).singleElement().satisfies(text -> {
            assertThat(text.section()).isEqualTo(Section.S1);
            assertThat(text.segments())
                    .contains(
                            new Segment(Mark.REMOVED, "5"),
                            new Segment(Mark.ADDED, "6"),
                            new Segment(Mark.ADDED, "<b>𠮷"));
        });
        assertThat(changes.cells()).anySatisfy(cell -> {
            assertThat(cell.cellId()).isEqualTo(Cells.t3(T3Row.NEW, T3Column.NP));
            assertThat(cell.before()).isEqualTo("5");
            assertThat(cell.after()).isEqualTo("6");
            assertThat(cell.label()).startsWith("表三");
        });
        assertThat(changes.since()).contains("退回修改");

        long resubmission = history(reportId).getLast().id();
        ContentChanges atStep = logins.as(agency.lead(), () -> reports.changesAt(reportId, resubmission))
                .orElseThrow();
        assertThat(atStep.texts()).isEqualTo(changes.texts());
        assertThat(logins.as(agency.lead(), () -> reports.versionedSteps(reportId)))
                .contains(resubmission);
    }

    @Test
    void the_sign_off_records_signer_time_and_opinion() {
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        approve(agency.supervisor(), reportId);
        assertThat(logins.as(agency.handler(), () -> reports.signOff(reportId))).isEmpty();

        logins.as(
                agency.lead(),
                () -> workflow.approve(journey.taskOf(agency.lead(), reportId).taskId(), "同意发布"));

        ReportHistoryItem signOff =
                logins.as(agency.handler(), () -> reports.signOff(reportId)).orElseThrow();
        assertThat(signOff.actorUsername()).isEqualTo(agency.lead());
        assertThat(signOff.opinion()).isEqualTo("同意发布");
        assertThat(signOff.occurredAt()).isNotNull();
    }

    @Test
    void two_reviewers_claiming_at_the_same_moment_leave_the_task_with_exactly_one() throws Exception {
        String otherSecrecy = testAgencies.addPerson(agency, "s2", "保密乙", Role.SECRECY_REVIEWER);
        long reportId = submitted();
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();

        List<String> results = SameMoment.run(
                () -> logins.as(agency.secrecy(), () -> workflow.claim(taskId)),
                () -> logins.as(otherSecrecy, () -> workflow.claim(taskId)));

        assertThat(results).filteredOn(SameMoment.DONE::equals).hasSize(1);
        assertThat(results)
                .filteredOn(r -> !r.equals(SameMoment.DONE))
                .singleElement()
                .asString()
                .containsAnyOf("已由他人", "他人认领");
        assertThat(history(reportId))
                .filteredOn(h -> h.action() == HistoryAction.CLAIMED)
                .hasSize(1);
        long holders = List.of(agency.secrecy(), otherSecrecy).stream()
                .filter(u -> inboxOf(u).stream().anyMatch(w -> w.reportId() == reportId))
                .count();
        assertThat(holders).isEqualTo(1);
    }

    /** Repeated: which thread wins varies, and the claim landing between the withdraw's check and its act is rare. */
    @RepeatedTest(5)
    void a_withdraw_and_a_claim_at_the_same_moment_let_exactly_one_through() throws Exception {
        long reportId = submitted();
        approve(agency.secrecy(), reportId);
        String taskId = journey.taskOf(agency.supervisor(), reportId).taskId();

        List<String> results = SameMoment.run(
                () -> logins.as(agency.secrecy(), () -> workflow.withdraw(reportId)),
                () -> logins.as(agency.supervisor(), () -> workflow.claim(taskId)));

        assertThat(results).filteredOn(SameMoment.DONE::equals).hasSize(1);
        boolean withdrawn = results.getFirst().equals(SameMoment.DONE);
        assertThat(stageOf(reportId)).isEqualTo(withdrawn ? ReportStage.SECRECY_REVIEW : ReportStage.SUPERVISOR_REVIEW);
        assertThat(history(reportId))
                .filteredOn(h -> h.action() == HistoryAction.WITHDRAWN || h.action() == HistoryAction.CLAIMED)
                .hasSize(1);
    }

    private long submitted() {
        return journey.submittedWith(agency, YEAR, TEXT, 5);
    }

    private void save(long reportId, String text, int applications) {
        journey.saveApplications(agency, reportId, text, applications);
    }

    private void approve(String reviewer, long reportId) {
        logins.as(
                reviewer,
                () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), null));
    }

    private List<WorkItem> inboxOf(String username) {
        return logins.as(username, () -> workflow.inbox());
    }

    private List<ReportHistoryItem> history(long reportId) {
        return logins.as(agency.handler(), () -> reports.history(reportId));
    }

    private ReportStage stageOf(long reportId) {
        return logins.as(agency.handler(), () -> reports.view(reportId).stage());
    }
}
