package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 签发 and every 退回 ask first, saying what will happen; 取消 changes nothing and keeps the typed opinion. */
class DecisionConfirmationScreenTest extends UiTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private TestAgency agency;
    private long reportId;

    @BeforeEach
    void submittedReport() {
        agency = testAgencies.create();
        reportId = journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);
    }

    @Test
    void the_lead_is_told_the_sign_off_publishes_and_cannot_be_withdrawn_before_it_happens() {
        approve(agency.secrecy());
        approve(agency.supervisor());
        openTask(agency.lead());
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("opinion"));
        type(opinion, "同意发布。");
        Button signOff = _get(Button.class, spec -> spec.withId("approve"));

        _click(signOff);
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-decision"));
        assertThat(ConfirmDialogKt.getText(dialog)).isEqualTo("签发后系统将自动发布（辖区要求先备案后公布的，经主管部门备案后发布），不能撤回。");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("签发");
        ConfirmDialogKt._fireCancel(dialog);

        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.LEAD_SIGNOFF);
        assertThat(opinion.getValue()).isEqualTo("同意发布。");
        assertThat(signOff.isEnabled()).isTrue();

        _click(signOff);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-decision")));
        assertThat(notifications()).contains("已签发，系统将自动发布。");
        assertThat(reports.history(reportId).stream()
                        .filter(item -> item.action() == HistoryAction.SIGNED)
                        .map(ReportHistoryItem::opinion))
                .containsExactly("同意发布。");
    }

    @Test
    void a_return_names_where_the_report_goes_and_decides_only_when_confirmed() {
        openTask(agency.secrecy());
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("opinion"));
        type(opinion, "第一部分涉及内部人员信息，请删除");
        Button giveBack = _get(Button.class, spec -> spec.withId("return"));
        assertThat(giveBack.getText()).isEqualTo("退回起草");

        _click(giveBack);
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-decision"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("确认退回起草");
        assertThat(ConfirmDialogKt.getText(dialog)).startsWith("退回后报告回到起草（").contains("修改后重新提交");
        ConfirmDialogKt._fireCancel(dialog);

        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(opinion.getValue()).isEqualTo("第一部分涉及内部人员信息，请删除");
        assertThat(giveBack.isEnabled()).isTrue();

        _click(giveBack);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-decision")));
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.DRAFTING);
        assertThat(reports.history(reportId).getLast().opinion()).isEqualTo("第一部分涉及内部人员信息，请删除");
    }

    @Test
    void a_return_without_an_opinion_asks_nothing_and_passing_a_review_step_needs_no_confirmation() {
        openTask(agency.secrecy());

        _click(_get(Button.class, spec -> spec.withId("return")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("opinion")).isInvalid())
                .isTrue();

        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    private void openTask(String username) {
        login(username);
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(journey.taskOf(username, reportId).taskId()));
    }

    private void approve(String reviewer) {
        logins.as(
                reviewer,
                () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), null));
    }
}
