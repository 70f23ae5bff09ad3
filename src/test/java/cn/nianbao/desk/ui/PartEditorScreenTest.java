package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.DueWork;
import cn.nianbao.desk.WorkList;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The part editor (分工起草, issue 14) as good as the 起草 screen: autosave, the browser's copy, the report's due date,
 * history and diagram, a colleague's saves shown without a reload; and a part taken back while its owner types keeps
 * their text for the drafter as a proposal.
 */
class PartEditorScreenTest extends UiTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    WorkList work;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private TestAgency agency;
    private String wang;
    private long reportId;
    private String draftTask;
    private String partTask;

    @BeforeEach
    void section2HandedToWang() {
        agency = testAgencies.create();
        wang = testAgencies.addPerson(agency, "wang", "王起草", Role.HANDLER);
        reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, ReportJourney.texts("本年度总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S2, wang));
        partTask = journey.taskOf(wang, reportId).taskId();
    }

    @Test
    void the_part_saves_itself_shows_due_date_history_and_diagram_and_takes_in_the_drafter_s_saves() {
        login(wang);
        DueWork inInbox = work.mine().stream()
                .filter(w -> w.item().taskId().equals(partTask))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(PartTaskView.class, TaskView.parameters(partTask));

        assertThat(_get(Div.class, spec -> spec.withId("task-due")).getElement().getTextRecursively())
                .as("the due date 待办 shows for the task")
                .contains("报告截止日期：" + inInbox.deadline().dueOn())
                .contains(inInbox.deadline().standing());
        assertThat(_get(Div.class, spec -> spec.withId("history")).getElement().getTextRecursively())
                .contains("分工起草")
                .contains("分配给王起草");
        assertThat(_get(RouterLink.class, spec -> spec.withId("to-report-page")).getHref())
                .isEqualTo("reports/" + reportId);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DraftAutosave.COLLEAGUES_MILLIS);

        type(_get(TextArea.class, spec -> spec.withId("section-S2")), "本年主动公开文件12件。");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DraftAutosave.AUTOSAVE_MILLIS);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("a copy of the typing is kept in the browser, under the key the recovery banner reads")
                .anyMatch(js -> js.getInvocation().getExpression().contains("localStorage.setItem")
                        && js.getInvocation().getParameters().contains("nianbao.draft." + wang + "." + reportId));
        poll();
        assertThat(reports.view(reportId).content().text(Section.S2)).isEqualTo("本年主动公开文件12件。");
        assertThat(_get(Span.class, spec -> spec.withId("autosave-status")).getText())
                .startsWith("已保存");

        logins.as(agency.handler(), () -> save(Section.S1, "起草负责人改写的总体情况。"));
        poll();
        TextArea s1 = _get(TextArea.class, spec -> spec.withId("section-S1"));
        assertThat(s1.getValue()).isEqualTo("起草负责人改写的总体情况。");
        assertThat(s1.isReadOnly()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("part-note-S1")).getText())
                .startsWith("最近由")
                .endsWith("保存");
    }

    @Test
    void typing_in_a_part_taken_back_goes_to_the_drafter_as_a_proposal_who_can_apply_it() {
        login(wang);
        UI.getCurrent().navigate(PartTaskView.class, TaskView.parameters(partTask));
        TextArea s2 = _get(TextArea.class, spec -> spec.withId("section-S2"));
        type(s2, "收回前输入的第二部分。");
        logins.as(agency.handler(), () -> workflow.cancelPart(draftTask, DraftPart.S2));

        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(notifications()).contains("「二、主动公开政府信息情况」的分工已被起草负责人收回，本次输入未保存到草稿；您输入的内容已作为修改建议转交起草负责人（见办理记录）。");
        assertThat(s2.getValue()).as("the text stays on screen").isEqualTo("收回前输入的第二部分。");
        assertThat(s2.isReadOnly()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("save")).isEnabled()).isFalse();
        assertThat(reports.view(reportId).content().text(Section.S2)).isEmpty();

        switchUser(agency.handler());
        ReportHistoryItem proposal = reports.history(reportId).getLast();
        assertThat(proposal.action()).isEqualTo(HistoryAction.PART_PROPOSAL);
        assertThat(proposal.detail()).isEqualTo("「二、主动公开政府信息情况」修改建议（已取消分工后提交）");
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(draftTask));
        assertThat(_get(Div.class, spec -> spec.withId("history")).getElement().getTextRecursively())
                .contains("提交修改建议");
        UI.getCurrent().navigate("reports/" + reportId + "/changes/" + proposal.id());
        assertThat(_get(TextArea.class, spec -> spec.withId("proposal-text-S2")).getValue())
                .isEqualTo("收回前输入的第二部分。");
        _click(_get(Button.class, spec -> spec.withId("apply-proposal")));
        assertThat(notifications()).contains("已采用「二、主动公开政府信息情况」修改建议，草稿已保存。");
        assertThat(reports.view(reportId).content().text(Section.S2)).isEqualTo("收回前输入的第二部分。");
    }

    private void save(Section section, String text) {
        ReportView before = reports.view(reportId);
        Map<Section, String> texts = new EnumMap<>(before.content().sections());
        texts.put(section, text);
        reports.saveDraft(
                reportId,
                DraftEdit.between(
                        before.content(),
                        new ReportContent(texts, before.content().tables())));
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
