package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 分工起草 through the service layer: parts handed to colleagues, drafted in parallel, assembled and submitted. */
@NianbaoTest
class SectionSplitTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private TestAgency agency;
    private String wang;
    private String li;
    private long reportId;
    private String draftTask;

    @BeforeEach
    void aDraftAndTwoColleagues() {
        agency = testAgencies.create();
        wang = testAgencies.addPerson(agency, "wang", "王起草", Role.HANDLER);
        li = testAgencies.addPerson(agency, "li", "李起草", Role.HANDLER);
        reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, ReportJourney.texts("本年度总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        draftTask = journey.taskOf(agency.handler(), reportId).taskId();
    }

    @Test
    void two_colleagues_draft_their_parts_in_parallel_and_the_drafter_then_submits() {
        logins.as(agency.handler(), () -> {
            workflow.assignPart(draftTask, DraftPart.S2, wang);
            workflow.assignPart(draftTask, DraftPart.T3, li);
        });

        WorkItem wangsTask = journey.taskOf(wang, reportId);
        WorkItem lisTask = journey.taskOf(li, reportId);
        assertThat(wangsTask.stepLabel()).isEqualTo("起草：二、主动公开政府信息情况");
        assertThat(lisTask.part()).isEqualTo(DraftPart.T3);

        logins.as(wang, () -> {
            save(Map.of(Section.S2, "本年主动公开文件12件。"), Map.of());
            workflow.finishPart(wangsTask.taskId());
        });
        logins.as(li, () -> {
            save(
                    Map.of(),
                    Map.of(
                            Cells.t3(T3Row.NEW, T3Column.NP),
                            BigDecimal.valueOf(6),
                            Cells.t3(T3Row.OPEN, T3Column.NP),
                            BigDecimal.valueOf(5)));
            workflow.finishPart(lisTask.taskId());
        });

        List<PartAssignment> parts = logins.as(agency.handler(), () -> workflow.parts(reportId));
        assertThat(parts)
                .extracting(PartAssignment::part, PartAssignment::ownerName, PartAssignment::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DraftPart.S2, "王起草", PartAssignment.State.FINISHED),
                        org.assertj.core.groups.Tuple.tuple(DraftPart.T3, "李起草", PartAssignment.State.FINISHED));
        ReportView assembled = logins.as(agency.handler(), () -> reports.view(reportId));
        assertThat(assembled.content().text(Section.S2)).isEqualTo("本年主动公开文件12件。");
        assertThat(assembled.content().tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(6);
        assertThat(assembled.content().text(Section.S1)).isEqualTo("本年度总体情况。");

        logins.as(agency.handler(), () -> workflow.submit(draftTask));
        assertThat(logins.as(agency.handler(), () -> reports.view(reportId)).stage())
                .isEqualTo(ReportStage.SECRECY_REVIEW);
        assertThat(historyActions())
                .containsSubsequence(
                        HistoryAction.PART_ASSIGNED,
                        HistoryAction.PART_ASSIGNED,
                        HistoryAction.PART_FINISHED,
                        HistoryAction.PART_FINISHED,
                        HistoryAction.SUBMITTED);
    }

    @Test
    void the_drafter_cannot_submit_while_a_part_is_open_but_can_after_cancelling_it() {
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S5, wang));

        assertThatThrownBy(() -> logins.as(agency.handler(), () -> workflow.submit(draftTask)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("「五、存在的主要问题及改进情况」王起草");
        assertThat(logins.as(agency.handler(), () -> reports.view(reportId)).stage())
                .isEqualTo(ReportStage.DRAFTING);

        logins.as(agency.handler(), () -> workflow.cancelPart(draftTask, DraftPart.S5));
        assertThat(logins.as(wang, () -> workflow.inbox())).noneMatch(item -> item.reportId() == reportId);
        logins.as(agency.handler(), () -> workflow.submit(draftTask));

        assertThat(logins.as(agency.handler(), () -> workflow.parts(reportId)))
                .extracting(PartAssignment::state)
                .containsExactly(PartAssignment.State.CANCELLED);
        assertThat(historyActions()).contains(HistoryAction.PART_CANCELLED);
    }

    @Test
    void a_section_owner_cannot_save_changes_outside_their_part() {
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S2, wang));
        long versionBefore =
                logins.as(agency.handler(), () -> reports.view(reportId)).version();

        assertThatThrownBy(() ->
                        logins.as(wang, () -> save(Map.of(Section.S2, "我的部分。", Section.S1, "改了别人的部分。"), Map.of())))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("您只能修改「二、主动公开政府信息情况」")
                .hasMessageContaining("不能修改「一、总体情况」");
        assertThatThrownBy(() -> logins.as(
                        wang, () -> save(Map.of(), Map.of(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(9)))))
                .isInstanceOf(ReportInputException.class);

        ReportView after = logins.as(agency.handler(), () -> reports.view(reportId));
        assertThat(after.version()).isEqualTo(versionBefore);
        assertThat(after.content().text(Section.S1)).isEqualTo("本年度总体情况。");
        assertThat(after.content().text(Section.S2)).isEmpty();
        assertThat(after.content().tables().t3(T3Row.NEW, T3Column.NP)).isEqualTo(5);
    }

    @Test
    void a_colleague_of_another_agency_cannot_be_assigned_a_part() {
        TestAgency other = testAgencies.create();

        assertThatThrownBy(() -> logins.as(
                        agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S1, other.handler())))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessage("只能分配给本机关的经办人员。");
        assertThatThrownBy(() -> logins.as(
                        agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S1, agency.secrecy())))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessage("只能分配给本机关的经办人员。");
        assertThat(logins.as(other.handler(), () -> workflow.inbox())).noneMatch(item -> item.reportId() == reportId);
        assertThat(logins.as(agency.handler(), () -> workflow.parts(reportId))).isEmpty();
    }

    @Test
    void only_the_holder_of_the_draft_task_splits_it() {
        assertThatThrownBy(() -> logins.as(wang, () -> workflow.assignPart(draftTask, DraftPart.S1, li)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("负责人");
    }

    /** Saves over the current content: {@code text} and {@code cells} replace what they name, the rest stays. */
    private void save(Map<Section, String> text, Map<String, BigDecimal> cells) {
        ReportView view = reports.view(reportId);
        Map<Section, String> sections = new EnumMap<>(view.content().sections());
        sections.putAll(text);
        Map<String, BigDecimal> values = new HashMap<>(view.content().tables().values());
        values.putAll(cells);
        reports.saveDraft(reportId, view.version(), new ReportContent(sections, new ReportTables(values)));
    }

    private List<HistoryAction> historyActions() {
        return logins.as(agency.handler(), () -> reports.history(reportId)).stream()
                .map(ReportHistoryItem::action)
                .toList();
    }
}
