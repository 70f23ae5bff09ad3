package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A report's whole journey, as the audit trail tells it: who did each step, with the opinions and the edits. */
@NianbaoTest
class ReportAuditTest {

    private static final String NEW_NP = Cells.t3(T3Row.NEW, T3Column.NP);
    private static final String OPEN_NP = Cells.t3(T3Row.OPEN, T3Column.NP);

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Autowired
    AuditLog log;

    @Autowired
    Auditors auditors;

    @Test
    void every_step_from_draft_to_publication_is_recorded_with_who_did_it_and_the_opinions() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(
                agency,
                reportId,
                Map.of(Section.S1, "全年主动公开信息𠮷三千条。"),
                Map.of(NEW_NP, BigDecimal.ONE, OPEN_NP, BigDecimal.ONE));
        journey.submit(agency, reportId);
        decide(agency.secrecy(), reportId, "不涉及国家秘密，同意公开");
        decide(agency.supervisor(), reportId, null);
        decide(agency.lead(), reportId, "同意发布");
        journey.awaitPublished(reportId);

        List<AuditEntry> entries = trail.forTarget(ReportRef.auditTarget(reportId));

        assertThat(entries)
                .extracting(AuditEntry::actionCode)
                .containsExactly(
                        "REPORT_CREATED",
                        "DRAFT_EDITED",
                        "REPORT_SUBMITTED",
                        "REPORT_APPROVED",
                        "REPORT_APPROVED",
                        "REPORT_SIGNED",
                        "REPORT_PUBLISHED");
        assertThat(entries)
                .extracting(AuditEntry::actorUsername)
                .containsExactly(
                        agency.handler(),
                        agency.handler(),
                        agency.handler(),
                        agency.secrecy(),
                        agency.supervisor(),
                        agency.lead(),
                        "system");
        assertThat(entries.getFirst().actorName())
                .isEqualTo("经办" + agency.handler().split("-")[0].substring(1));
        assertThat(entries.get(3).detail()).contains("保密审查", "意见：不涉及国家秘密，同意公开");
        assertThat(entries.get(5).actionLabel()).isEqualTo("报告签发");
        assertThat(entries.get(5).detail()).contains("意见：同意发布");
        assertThat(entries.getLast().actorName()).isEqualTo("系统");
        assertThat(entries.getLast().clientIp()).isNull();
    }

    @Test
    void a_draft_edit_names_the_changed_sections_and_cells_with_their_values_before_and_after() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, Map.of(Section.S1, "第一稿"), Map.of(NEW_NP, BigDecimal.ONE));

        journey.save(
                agency,
                reportId,
                Map.of(Section.S1, "第二稿", Section.S5, "新写的问题"),
                Map.of(NEW_NP, BigDecimal.valueOf(7)));

        AuditEntry edit = trail.forTarget(ReportRef.auditTarget(reportId)).getLast();
        assertThat(edit.actionCode()).isEqualTo("DRAFT_EDITED");
        assertThat(edit.detail()).contains("一、总体情况", "五、存在的主要问题及改进情况", NEW_NP).doesNotContain(OPEN_NP);
        assertThat(edit.before()).contains("第一稿", NEW_NP + " = 1").doesNotContain("第二稿");
        assertThat(edit.after()).contains("第二稿", "新写的问题", NEW_NP + " = 7");
    }

    @Test
    void a_save_that_changes_nothing_and_a_refused_save_leave_no_entry() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, Map.of(Section.S1, "定稿"), Map.of());
        int before = trail.forTarget(ReportRef.auditTarget(reportId)).size();

        journey.save(agency, reportId, Map.of(Section.S1, "定稿"), Map.of());
        journey.submit(agency, reportId);
        assertThatThrownBy(() -> journey.save(agency, reportId, Map.of(Section.S1, "提交后又改"), Map.of()))
                .isInstanceOf(ReportInputException.class);

        assertThat(trail.forTarget(ReportRef.auditTarget(reportId)))
                .extracting(AuditEntry::actionCode)
                .hasSize(before + 1)
                .endsWith("REPORT_SUBMITTED");
        assertThat(logins.as(auditors.auditor(), () -> log.verify()).isIntact()).isTrue();
    }

    private void decide(String reviewer, long reportId, String opinion) {
        logins.as(
                reviewer,
                () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), opinion));
    }
}
