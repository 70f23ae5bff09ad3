package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Section;
import cn.nianbao.support.IdNumbers;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 保密审查 on the screen: the findings beside the text, marked one by one, and 通过 refused until then. */
class SecrecyReviewMarksScreenTest extends UiTest {

    private static final String ID = IdNumbers.withCheckDigit("41010519900101123");

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    TestAgencies testAgencies;

    private TestAgency agency;
    private long reportId;

    @BeforeEach
    void submitted() {
        agency = testAgencies.create();
        reportId = journey.start(agency, 2025);
        journey.save(
                agency,
                reportId,
                Map.of(
                        Section.S1, "2025年，本局收到政府信息公开申请5件。",
                        Section.S2, "经核实，其身份证号为" + ID + "。本局编印内部资料汇编一册。",
                        Section.S6, "本年度收取信息处理费0元。"),
                ReportJourney.CONSISTENT_FIGURES);
        journey.submit(agency, reportId);
        login(agency.secrecy());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(agency.secrecy(), reportId).taskId()));
    }

    @Test
    void the_findings_stand_beside_the_text_and_approval_waits_until_each_is_verified() {
        assertThat(_get(Span.class, spec -> spec.withId("marks-counter")).getText())
                .isEqualTo("已标记 0/2");
        assertThat(rows())
                .extracting(row -> row.getElement().getAttribute("data-rule"))
                .containsExactly("PRIVACY", "SECRET-MARK");
        assertThat(rows().getFirst().getElement().getTextRecursively())
                .contains("个人信息", "“4101**********" + ID.substring(14) + "”", "二、主动公开政府信息情况", "【未标记】")
                .doesNotContain(ID);
        // the passages marked in the text, in the list's order
        assertThat(_get(Span.class, spec -> spec.withId("passage-0")).getText()).isEqualTo(ID);
        assertThat(_get(Span.class, spec -> spec.withId("passage-1")).getText()).isEqualTo("内部资料");

        TextArea opinion = _get(TextArea.class, spec -> spec.withId("opinion"));
        type(opinion, "经审查：");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(notifications()).anyMatch(n -> n.startsWith("还有 2 条审查提示未标记：个人信息"));
        assertThat(stage()).isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(opinion.getValue()).isEqualTo("经审查：");

        type(_get(TextField.class, spec -> spec.withId("mark-note-0")), "系虚构的示例号码");
        _click(_get(Button.class, spec -> spec.withId("verify-0")));
        assertThat(_get(Span.class, spec -> spec.withId("marks-counter")).getText())
                .isEqualTo("已标记 1/2");
        assertThat(rows().getFirst().getElement().getTextRecursively()).contains("【已核实 · ");
        assertThat(history()).contains("标记审查提示", "已核实：个人信息", "意见：系虚构的示例号码");

        _click(_get(Button.class, spec -> spec.withId("revise-1")));
        assertThat(_get(Span.class, spec -> spec.withId("marks-counter")).getText())
                .isEqualTo("已标记 2/2");
        assertThat(opinion.getValue()).isEqualTo("经审查：\n第二部分：“内部资料”为涉密或内部标识，请删除。");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(notifications()).anyMatch(n -> n.startsWith("有 1 条审查提示标记为「退回修改」：涉密或内部标识“内部资料”"));
        assertThat(stage()).isEqualTo(ReportStage.SECRECY_REVIEW);

        _click(_get(Button.class, spec -> spec.withId("verify-1")));
        type(opinion, "同意公开");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(notifications()).contains("已通过，进入下一环节。");
        assertThat(stage()).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void a_refused_mark_keeps_the_note_typed() {
        // the drafter takes the report back meanwhile (撤回): the task is gone, the reviewer's words stay on the screen
        logins.as(agency.handler(), () -> workflow.withdraw(reportId));
        TextField note = _get(TextField.class, spec -> spec.withId("mark-note-1"));
        type(note, "汇编名称，非密级标志");
        _click(_get(Button.class, spec -> spec.withId("verify-1")));

        assertThat(notifications()).anyMatch(n -> n.contains("该任务已由他人处理或已撤回"));
        assertThat(note.getValue()).isEqualTo("汇编名称，非密级标志");
        assertThat(_get(Span.class, spec -> spec.withId("marks-counter")).getText())
                .isEqualTo("已标记 0/2");
    }

    private static List<Div> rows() {
        return _find(Div.class, spec -> spec.withClasses("review-finding"));
    }

    private static String history() {
        return _get(Div.class, spec -> spec.withId("history")).getElement().getTextRecursively();
    }

    private ReportStage stage() {
        return logins.as(agency.handler(), () -> reports.view(reportId).stage());
    }
}
