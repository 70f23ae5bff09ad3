package cn.nianbao.desk.ui;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Section;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text longer than a field may save (issue 21): the browser used to cut it without a word and the rest was saved.
 * Now the field keeps all of it, says at once that it is too long, and nothing is saved or decided until it is
 * shortened.
 */
class TextLimitScreensTest extends UiTest {

    private static final int YEAR = 2025;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void a_section_pasted_over_the_limit_stays_whole_says_so_and_neither_save_nor_autosave_stores_anything() {
        long reportId = journey.start(agency, YEAR);
        openTask(agency.handler(), reportId);
        long version = reports.view(reportId).version();
        TextArea s5 = _get(TextArea.class, spec -> spec.withId("section-S5"));
        type(s5, "本年度无其他需要报告的事项。");
        TextArea s1 = _get(TextArea.class, spec -> spec.withId("section-S1"));
        String pasted = "年".repeat(ReportService.MAX_SECTION_LENGTH + 11_234);

        type(s1, pasted);

        assertThat(s1.isInvalid()).isTrue();
        assertThat(s1.getErrorMessage()).isEqualTo("已超过 50,000 字（当前 61,234 字），无法保存；请删减后再保存");
        assertThat(s1.getValue()).isEqualTo(pasted);
        assertThat(s1.getMaxLength()).as("no maxlength in the browser").isZero();

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(reports.view(reportId).version())
                .as("the autosave saves nothing, not even S5")
                .isEqualTo(version);

        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(notifications()).contains("「一、总体情况」已超过 50,000 字（当前 61,234 字），无法保存；请删减后再保存。");
        assertThat(reports.view(reportId).version()).isEqualTo(version);
        assertThat(reports.view(reportId).content().text(Section.S5)).isEmpty();
        assertThat(s1.getValue()).isEqualTo(pasted);

        type(s1, pasted.substring(0, ReportService.MAX_SECTION_LENGTH));
        assertThat(s1.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(reports.view(reportId).content().text(Section.S1)).hasSize(ReportService.MAX_SECTION_LENGTH);
    }

    @Test
    void a_warning_note_over_the_limit_refuses_the_submission() {
        long reportId = journey.start(agency, YEAR);
        journey.save(agency, reportId, texts("本年共收到申请。"), CONSISTENT_FIGURES);
        openTask(agency.handler(), reportId);
        TextArea note = _get(TextArea.class, spec -> spec.withId("warning-note"));

        type(note, "说".repeat(2001));
        assertThat(note.getErrorMessage()).isEqualTo("已超过 2,000 字（当前 2,001 字），无法保存；请删减后再保存");
        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("「警告说明」已超过 2,000 字"));
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.DRAFTING);
        assertThat(note.getValue()).hasSize(2001);
    }

    @Test
    void an_opinion_over_the_limit_refuses_approving_and_returning() {
        long reportId = journey.submittedWith(agency, YEAR, "本局收到申请5件。", 5);
        openTask(agency.secrecy(), reportId);
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("opinion"));

        type(opinion, "意".repeat(2001));
        assertThat(opinion.isInvalid()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("approve")));
        _click(_get(Button.class, spec -> spec.withId("return")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("「保密审查意见」已超过 2,000 字"));
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(reports.history(reportId))
                .noneMatch(item -> item.opinion() != null && item.opinion().length() > 2000);
        assertThat(opinion.getValue()).hasSize(2001);
        assertThat(_get(Button.class, spec -> spec.withId("approve")).isEnabled())
                .isTrue();
    }

    @Test
    void a_handover_remark_over_the_limit_refuses_the_transfer() {
        testAgencies.addPerson(agency, "sup2", "分管乙", Role.SUPERVISOR);
        long reportId = journey.submittedWith(agency, YEAR, "本局收到申请5件。", 5);
        logins.as(
                agency.secrecy(),
                () -> workflow.approve(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), null));
        openTask(agency.supervisor(), reportId);
        @SuppressWarnings("unchecked")
        Select<Person> transferTo = _get(Select.class, spec -> spec.withId("transfer-to"));
        type(transferTo, transferTo.getListDataView().getItems().findFirst().orElseThrow());
        TextField remark = _get(TextField.class, spec -> spec.withId("handover-remark"));

        type(remark, "附".repeat(501));
        assertThat(remark.getErrorMessage()).isEqualTo("已超过 500 字（当前 501 字），无法保存；请删减后再保存");
        _click(_get(Button.class, spec -> spec.withId("transfer")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("「附言」已超过 500 字"));
        assertThat(reports.history(reportId)).noneMatch(item -> item.action() == HistoryAction.TRANSFERRED);
        assertThat(remark.getValue()).hasSize(501);
    }

    @Test
    void a_correction_note_over_the_limit_starts_no_correction() {
        var published = journey.published(agency, 2022, texts("已发布的正文。"), CONSISTENT_FIGURES);
        login(agency.handler());
        openReport(published.reportId());
        TextArea note = _get(TextArea.class, spec -> spec.withId("correction-note-input"));

        type(note, "更".repeat(2001));
        assertThat(note.isInvalid()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("correct")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("「更正说明」已超过 2,000 字"));
        assertThat(reports.readableReports()).hasSize(1);
        assertThat(note.getValue()).hasSize(2001);
    }

    @Test
    void an_urging_message_over_the_limit_reminds_nobody() {
        long reportId = journey.submittedWith(agency, YEAR, "本局收到申请5件。", 5);
        login(agency.handler());
        openReport(reportId);
        TextField text = _get(TextField.class, spec -> spec.withId("urge-text"));

        type(text, "催".repeat(201));
        _click(_get(Button.class, spec -> spec.withId("urge")));

        assertThat(notifications())
                .anySatisfy(message -> assertThat(message).startsWith("「催办留言」已超过 200 字"))
                .noneSatisfy(message -> assertThat(message).startsWith("已催办"));
        assertThat(text.getValue()).hasSize(201);
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
}
