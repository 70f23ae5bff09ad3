package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.MarkKind;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReviewFinding;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Logins;
import cn.nianbao.support.IdNumbers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 保密审查 through the services: every PRIVACY / SECRET-MARK / LEXICON finding is marked before 通过. */
@NianbaoTest
class SecrecyReviewMarksTest {

    private static final int YEAR = 2025;
    private static final String ID = IdNumbers.withCheckDigit("41010519900101123");
    private static final String S2 = "经核实，其身份证号为" + ID + "。本局编印内部资料汇编一册。";

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReviewMarks marks;

    @Autowired
    ReportService reports;

    @Autowired
    ReportJourney journey;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    TrailReader trail;

    @Autowired
    Logins logins;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void approval_is_refused_until_every_finding_is_verified_and_the_marks_are_in_history_and_audit() {
        long reportId = submitted(S2);
        List<ReviewFinding> findings = findings(reportId);
        assertThat(findings).extracting(f -> f.finding().rule()).containsExactly("PRIVACY", "SECRET-MARK");
        assertThat(findings)
                .extracting(f -> f.span().shown())
                .containsExactly("4101**********" + ID.substring(14), "内部资料");
        assertThat(findings).noneMatch(ReviewFinding::isMarked);

        assertThat(refusalOfApproval(reportId))
                .startsWith("还有 2 条审查提示未标记：个人信息“4101**********")
                .contains("涉密或内部标识“内部资料”（二、主动公开政府信息情况）");

        assertThat(logins.as(agency.handler(), () -> workflow.canWithdraw(reportId)))
                .isTrue();
        mark(reportId, 0, MarkKind.VERIFIED, "  系虚构的示例号码 ");
        // the review has started: the submitter can no longer take the report back
        assertThat(logins.as(agency.handler(), () -> workflow.canWithdraw(reportId)))
                .isFalse();
        assertThatThrownBy(() -> logins.as(agency.handler(), () -> workflow.withdraw(reportId)))
                .hasMessage("「保密审查」已经办理（认领、转办、委派、标记审查提示或作出决定），不能撤回。");
        assertThat(refusalOfApproval(reportId)).startsWith("还有 1 条审查提示未标记：涉密或内部标识“内部资料”");

        mark(reportId, 1, MarkKind.TO_REVISE, null);
        assertThat(refusalOfApproval(reportId))
                .startsWith("有 1 条审查提示标记为「退回修改」：涉密或内部标识“内部资料”")
                .contains("请退回修改");

        mark(reportId, 1, MarkKind.VERIFIED, "汇编名称，非密级标志");
        logins.as(agency.secrecy(), () -> workflow.approve(task(agency.secrecy(), reportId), "同意公开"));
        assertThat(logins.as(agency.handler(), () -> reports.view(reportId).stage()))
                .isEqualTo(ReportStage.SUPERVISOR_REVIEW);

        List<ReportHistoryItem> marked = history(reportId).stream()
                .filter(h -> h.action() == HistoryAction.FINDING_MARKED)
                .toList();
        assertThat(marked)
                .extracting(ReportHistoryItem::detail)
                .containsExactly(
                        "已核实：个人信息“4101**********" + ID.substring(14) + "”（二、主动公开政府信息情况）",
                        "退回修改：涉密或内部标识“内部资料”（二、主动公开政府信息情况）",
                        "已核实：涉密或内部标识“内部资料”（二、主动公开政府信息情况）");
        assertThat(marked).extracting(ReportHistoryItem::opinion).containsExactly("系虚构的示例号码", null, "汇编名称，非密级标志");
        assertThat(marked)
                .allMatch(h -> h.actorUsername().equals(agency.secrecy()) && h.stage() == ReportStage.SECRECY_REVIEW);

        List<AuditEntry> audited = trail.forTarget(ReportRef.auditTarget(reportId)).stream()
                .filter(e -> e.actionCode().equals("REPORT_FINDING_MARKED"))
                .toList();
        assertThat(audited).hasSize(3);
        assertThat(audited.getFirst().actionLabel()).isEqualTo("报告标记审查提示");
        assertThat(audited.getFirst().detail())
                .contains("已核实：个人信息", "意见：系虚构的示例号码")
                .doesNotContain(ID);
        assertThat(audited).allMatch(e -> e.actorUsername().equals(agency.secrecy()));
    }

    @Test
    void only_the_person_who_may_decide_the_open_secrecy_review_marks_a_finding() {
        long reportId = submitted(S2);
        String taskId = task(agency.secrecy(), reportId);
        String key = findings(reportId).getFirst().key();
        TestAgency other = testAgencies.create();

        for (String outsider : List.of(agency.handler(), agency.supervisor(), agency.lead(), other.secrecy())) {
            assertThatThrownBy(() -> logins.as(outsider, () -> marks.mark(taskId, key, MarkKind.VERIFIED, null)))
                    .as(outsider)
                    .isInstanceOf(WorkflowActionException.class)
                    .hasMessage(WorkflowActionException.TASK_GONE);
            assertThatThrownBy(() -> logins.as(outsider, () -> marks.findings(taskId)))
                    .isInstanceOf(WorkflowActionException.class);
        }
        String colleague = testAgencies.addPerson(agency, "secrecy2", "保密二", Role.SECRECY_REVIEWER);
        journey.claimAndDelegate(agency.secrecy(), reportId, colleague, "请核一下身份证号");
        assertThatThrownBy(() -> logins.as(colleague, () -> marks.mark(taskId, key, MarkKind.VERIFIED, null)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("委派给您的任务");
        assertThat(logins.as(colleague, () -> marks.findings(taskId))).noneMatch(ReviewFinding::isMarked);
        assertThat(history(reportId)).noneMatch(h -> h.action() == HistoryAction.FINDING_MARKED);
    }

    @Test
    void a_mark_stays_with_its_passage_after_a_return_and_a_new_passage_needs_one() {
        long reportId = submitted(S2);
        mark(reportId, 0, MarkKind.VERIFIED, null);
        mark(reportId, 1, MarkKind.TO_REVISE, null);
        String oldKey = findings(reportId).getFirst().key();
        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(task(agency.secrecy(), reportId), "第二部分：“内部资料”为涉密或内部标识，请删除。"));

        // the drafter deletes 「内部资料」, writes a sentence before the ID number (its offset moves) and a new marking
        journey.save(
                agency,
                reportId,
                Map.of(
                        Section.S1,
                        "2025年，本局收到政府信息公开申请5件。",
                        Section.S2,
                        "本年度新增一项说明。经核实，其身份证号为" + ID + "。本件仅限内部使用。",
                        Section.S6,
                        "本年度收取信息处理费0元。"),
                ReportJourney.CONSISTENT_FIGURES);
        journey.submit(agency, reportId);

        List<ReviewFinding> findings = findings(reportId);
        assertThat(findings).extracting(ReviewFinding::isMarked).containsExactly(true, false);
        assertThat(findings.get(1).span().shown()).isEqualTo("内部使用");
        assertThat(refusalOfApproval(reportId)).startsWith("还有 1 条审查提示未标记：涉密或内部标识“内部使用”");
        assertThatThrownBy(() -> logins.as(
                        agency.secrecy(),
                        () -> marks.mark(task(agency.secrecy(), reportId), oldKey + "x", MarkKind.VERIFIED, null)))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("已不在报告中");
        mark(reportId, 1, MarkKind.VERIFIED, null);
        logins.as(agency.secrecy(), () -> workflow.approve(task(agency.secrecy(), reportId), null));
        assertThat(logins.as(agency.handler(), () -> reports.view(reportId).stage()))
                .isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    @Test
    void a_report_without_such_findings_is_approved_as_before() {
        long reportId = submitted("本局主动公开规范性文件2件。");
        assertThat(findings(reportId)).isEmpty();
        logins.as(agency.secrecy(), () -> workflow.approve(task(agency.secrecy(), reportId), null));
        assertThat(logins.as(agency.handler(), () -> reports.view(reportId).stage()))
                .isEqualTo(ReportStage.SUPERVISOR_REVIEW);
    }

    private long submitted(String s2) {
        long reportId = journey.start(agency, YEAR);
        journey.save(
                agency,
                reportId,
                Map.of(Section.S1, "2025年，本局收到政府信息公开申请5件。", Section.S2, s2, Section.S6, "本年度收取信息处理费0元。"),
                ReportJourney.CONSISTENT_FIGURES);
        journey.submit(agency, reportId);
        return reportId;
    }

    private List<ReviewFinding> findings(long reportId) {
        return logins.as(agency.secrecy(), () -> marks.findings(task(agency.secrecy(), reportId)));
    }

    private void mark(long reportId, int index, MarkKind kind, String note) {
        logins.as(agency.secrecy(), () -> {
            String taskId = task(agency.secrecy(), reportId);
            marks.mark(taskId, marks.findings(taskId).get(index).key(), kind, note);
        });
    }

    private String refusalOfApproval(long reportId) {
        String stage =
                logins.as(agency.handler(), () -> reports.view(reportId).stage().name());
        try {
            logins.as(agency.secrecy(), () -> workflow.approve(task(agency.secrecy(), reportId), null));
        } catch (WorkflowActionException refused) {
            assertThat(logins.as(
                            agency.handler(),
                            () -> reports.view(reportId).stage().name()))
                    .isEqualTo(stage);
            return refused.getMessage();
        }
        throw new AssertionError("通过 was not refused");
    }

    private String task(String username, long reportId) {
        return journey.taskOf(username, reportId).taskId();
    }

    private List<ReportHistoryItem> history(long reportId) {
        return logins.as(agency.handler(), () -> reports.history(reportId));
    }
}
