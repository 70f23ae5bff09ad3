package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.notification.ui.NotificationsView;
import cn.nianbao.report.CopiedReport;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.ReturnTarget;
import cn.nianbao.workflow.WorkItem;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The buttons of the review steps, driven on the screens as each person would. */
class DecisionScreensTest extends UiTest {

    private static final int YEAR = 2025;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

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
    void the_lead_returns_the_report_to_a_chosen_earlier_step() {
        long reportId = submitted("本局收到申请5件。", 5);
        approve(agency.secrecy(), reportId);
        approve(agency.supervisor(), reportId);
        openTask(agency.lead(), reportId);

        @SuppressWarnings("unchecked")
        Select<ReturnTarget> target = _get(Select.class, spec -> spec.withId("return-target"));
        assertThat(target.getValue().step()).isEqualTo(ReportStage.DRAFTING);
        assertThat(_get(Button.class, spec -> spec.withId("return")).getText()).isEqualTo("退回起草");
        type(
                target,
                target.getListDataView()
                        .getItems()
                        .filter(t -> t.step() == ReportStage.SECRECY_REVIEW)
                        .findFirst()
                        .orElseThrow());
        assertThat(_get(Button.class, spec -> spec.withId("return")).getText()).isEqualTo("退回保密审查");
        type(
                target,
                target.getListDataView()
                        .getItems()
                        .filter(t -> t.step() == ReportStage.SUPERVISOR_REVIEW)
                        .findFirst()
                        .orElseThrow());
        assertThat(_get(Button.class, spec -> spec.withId("return")).getText()).isEqualTo("退回分管领导");
        type(_get(TextArea.class, spec -> spec.withId("opinion")), "第三部分表述请分管领导再核");
        _click(_get(Button.class, spec -> spec.withId("return")));
        ConfirmDialog confirmation = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirmation))
                .isEqualTo("退回后报告回到分管领导审核（" + target.getValue().displayName() + "），由其按退回意见重新办理。");
        ConfirmDialogKt._fireConfirm(confirmation);

        assertThat(notifications()).contains("已退回至「分管领导审核」。");
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
        assertThat(journey.taskOf(agency.supervisor(), reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
    }

    @Test
    void a_reviewer_claims_then_unclaims_a_task_offered_to_the_group() {
        long reportId = submitted("本局收到申请5件。", 5);
        openTask(agency.secrecy(), reportId);

        _click(_get(Button.class, spec -> spec.withId("claim")));

        assertThat(notifications()).contains("已认领，其他人不再看到此任务。");
        assertThat(journey.taskOf(agency.secrecy(), reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
        _click(_get(Button.class, spec -> spec.withId("unclaim")));
        assertThat(journey.taskOf(agency.secrecy(), reportId).holding()).isEqualTo(WorkItem.Holding.OFFERED);
    }

    @Test
    void the_reviewer_sees_the_marked_changes_since_the_version_they_returned_escaped() {
        long reportId = submitted("本局收到申请5件。", 5);
        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), "申请数有误"));
        save(reportId, "本局收到申请6件。<script>alert(1)</script>", 6);
        journey.submit(agency, reportId);

        openTask(agency.secrecy(), reportId);

        Div changes = _get(Div.class, spec -> spec.withId("changes"));
        assertThat(_find(changes, Span.class, spec -> spec.withClasses("diff-added")))
                .extracting(Span::getText)
                .contains("6", "<script>alert(1)</script>");
        assertThat(_find(changes, Span.class, spec -> spec.withClasses("diff-removed")))
                .extracting(Span::getText)
                .contains("5");
        assertThat(changes.getElement().getOuterHTML())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
        assertThat(_find(changes, com.vaadin.flow.component.html.ListItem.class))
                .anySatisfy(item -> assertThat(item.getElement().getAttribute("data-cell"))
                        .isEqualTo(Cells.t3(T3Row.NEW, T3Column.NP)));
    }

    @Test
    void the_changes_are_reachable_from_the_report_page_since_ones_own_version_and_per_step() {
        long reportId = submitted("本局收到申请5件。", 5);
        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), "申请数有误"));
        save(reportId, "本局收到申请7件。", 7);
        journey.submit(agency, reportId);
        login(agency.secrecy());
        openReport(reportId);
        assertThat(_get(Anchor.class, spec -> spec.withId("changes-since-mine")).getHref())
                .isEqualTo("reports/" + reportId + "/changes");

        UI.getCurrent().navigate("reports/" + reportId + "/changes");
        assertThat(_find(
                        _get(Div.class, spec -> spec.withId("changes")),
                        Span.class,
                        spec -> spec.withClasses("diff-added")))
                .extracting(Span::getText)
                .contains("7");

        long resubmission = logins.as(agency.secrecy(), () -> reports.history(reportId))
                .getLast()
                .id();
        UI.getCurrent().navigate("reports/" + reportId + "/changes/" + resubmission);
        assertThat(_find(
                        _get(Div.class, spec -> spec.withId("changes")),
                        Span.class,
                        spec -> spec.withClasses("diff-removed")))
                .extracting(Span::getText)
                .contains("5");
    }

    @Test
    void a_drafter_holding_the_reviewer_role_gets_neither_the_task_nor_its_buttons() {
        String both = testAgencies.addPerson(agency, "both", "兼任者", Role.HANDLER, Role.SECRECY_REVIEWER);
        long reportId = logins.as(both, () -> workflow.startReport(YEAR));
        // only the holder of the 起草 task saves it
        journey.saveApplications(
                new TestAgency(agency.id(), agency.name(), both, agency.secrecy(), agency.supervisor(), agency.lead()),
                reportId,
                "本局收到申请5件。",
                5);
        logins.as(both, () -> workflow.submit(journey.taskOf(both, reportId).taskId()));
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();

        login(both);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));

        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("task-gone")))
                .isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
    }

    @Test
    void a_reviewer_transfers_the_task_to_a_colleague_of_the_same_role() {
        String otherSupervisor = testAgencies.addPerson(agency, "sup2", "分管乙", Role.SUPERVISOR);
        long reportId = submitted("本局收到申请5件。", 5);
        approve(agency.secrecy(), reportId);
        openTask(agency.supervisor(), reportId);
        @SuppressWarnings("unchecked")
        Select<Person> transferTo = _get(Select.class, spec -> spec.withId("transfer-to"));
        assertThat(transferTo.getListDataView().getItems())
                .extracting(Person::username)
                .containsExactly(otherSupervisor);
        type(transferTo, transferTo.getListDataView().getItems().findFirst().orElseThrow());
        type(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("handover-remark")),
                "出差期间请代审");
        _click(_get(Button.class, spec -> spec.withId("transfer")));

        assertThat(notifications()).contains("已转办。");
        assertThat(journey.taskOf(otherSupervisor, reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
        assertThat(reports.history(reportId).getLast().opinion()).isEqualTo("出差期间请代审");
    }

    @Test
    void a_delegate_sees_only_the_done_button_and_the_task_returns_to_the_delegator() {
        long reportId = submitted("本局收到申请5件。", 5);
        approve(agency.secrecy(), reportId);
        openTask(agency.supervisor(), reportId);
        @SuppressWarnings("unchecked")
        Select<Person> delegateTo = _get(Select.class, spec -> spec.withId("delegate-to"));
        type(
                delegateTo,
                delegateTo
                        .getListDataView()
                        .getItems()
                        .filter(p -> p.username().equals(agency.secrecy()))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("delegate")));
        assertThat(notifications()).contains("已委派，对方办毕后任务回到您这里。");

        switchUser(agency.secrecy());
        openTask(agency.secrecy(), reportId);
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
        type(_get(TextArea.class, spec -> spec.withId("opinion")), "数据已核对");
        _click(_get(Button.class, spec -> spec.withId("resolve")));

        assertThat(notifications()).contains("已办毕，任务交回委派人。");
        assertThat(journey.taskOf(agency.supervisor(), reportId).holding()).isEqualTo(WorkItem.Holding.MINE);
    }

    @Test
    void a_copy_from_the_task_screen_appears_under_copied_to_me_and_rings_the_bell() {
        long reportId = submitted("本局收到申请5件。", 5);
        openTask(agency.secrecy(), reportId);
        @SuppressWarnings("unchecked")
        Select<Person> copyTo = _get(Select.class, spec -> spec.withId("copy-to"));
        type(
                copyTo,
                copyTo.getListDataView()
                        .getItems()
                        .filter(p -> p.username().equals(agency.lead()))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("copy")));
        assertThat(notifications()).contains("已抄送。");

        switchUser(agency.lead());
        UI.getCurrent().navigate(CopiedToMeView.class);
        @SuppressWarnings("unchecked")
        Grid<CopiedReport> copied = _get(Grid.class, spec -> spec.withId("copied"));
        assertThat(GridKt._get(copied, 0).reportId()).isEqualTo(reportId);
        assertThat(GridKt._get(copied, 0).copiedByName()).startsWith("保密");
        assertThat(_get(Span.class, spec -> spec.withId("unread-count")).getText())
                .isEqualTo("1");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("notification unread")))
                .singleElement()
                .satisfies(row -> assertThat(_find(row, Span.class))
                        .extracting(Span::getText)
                        .anySatisfy(text -> assertThat(text).contains("抄送给您")));
    }

    @Test
    void the_report_page_shows_the_sign_off_and_urges_the_holder() {
        String otherSecrecy = testAgencies.addPerson(agency, "s2", "保密乙", Role.SECRECY_REVIEWER);
        long reportId = submitted("本局收到申请5件。", 5);
        login(agency.handler());
        openReport(reportId);
        assertThat(_find(Div.class, spec -> spec.withId("sign-off"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("urge")));
        assertThat(notifications()).contains("已催办 2 人。");
        assertThat(logins.as(otherSecrecy, () -> workflow.inbox()))
                .extracting(WorkItem::reportId)
                .contains(reportId);

        approve(agency.secrecy(), reportId);
        approve(agency.supervisor(), reportId);
        logins.as(
                agency.lead(),
                () -> workflow.approve(journey.taskOf(agency.lead(), reportId).taskId(), "同意"));
        openReport(reportId);
        Div signOff = _get(Div.class, spec -> spec.withId("sign-off"));
        assertThat(signOff.getElement().getTextRecursively()).contains("主要").contains("签发意见：同意");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("changes-link")))
                .isNotEmpty();
    }

    @Test
    void the_approver_withdraws_from_the_report_page_while_the_next_step_has_not_acted() {
        long reportId = submitted("本局收到申请5件。", 5);
        approve(agency.secrecy(), reportId);
        login(agency.secrecy());
        openReport(reportId);

        _click(_get(Button.class, spec -> spec.withId("withdraw")));

        assertThat(notifications()).contains("已撤回，报告回到保密审查环节。");
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SECRECY_REVIEW);
    }

    private void openTask(String username, long reportId) {
        login(username);
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(journey.taskOf(username, reportId).taskId()));
    }

    private static void openReport(long reportId) {
        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));
    }

    private void approve(String reviewer, long reportId) {
        logins.as(
                reviewer,
                () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), null));
    }

    private long submitted(String text, int applications) {
        return journey.submittedWith(agency, YEAR, text, applications);
    }

    private void save(long reportId, String text, int applications) {
        journey.saveApplications(agency, reportId, text, applications);
    }
}
