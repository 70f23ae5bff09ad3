package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.coordination.FilingRules;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.OpinionBlocks;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 先备案后公布: where a county's coordinator switched it on for the year, a signed-off report of a department below
 * waits for the county's 备案 before it is published; 退回 sends it back to 起草; elsewhere the chain is unchanged.
 */
@NianbaoTest
class FilingBeforePublicationTest {

    private static final int YEAR = 2025;
    private static final String TEXT = "2025年，本局收到政府信息公开申请5件。";

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    FilingRules filing;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    TrailReader trail;

    private TestCounty county;
    private TestAgency agency;

    @BeforeEach
    void departmentOfACounty() {
        county = testAgencies.createCounty();
        agency = testAgencies.createBelow(county.id());
    }

    @Test
    void without_the_rule_a_signed_off_report_is_published_straight_away() {
        long reportId = signedOff();

        journey.awaitPublished(reportId);
        assertThat(history(reportId)).noneMatch(item -> item.stage() == ReportStage.FILING);
        assertThat(logins.as(county.coordinator(), () -> workflow.inbox())).isEmpty();
    }

    @Test
    void with_the_rule_the_county_files_the_signed_off_report_and_then_it_is_published() {
        logins.as(county.coordinator(), () -> filing.require(YEAR, true));
        long reportId = signedOff();

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.FILING);
        assertThat(journey.publicationOf(reportId)).isNull();
        WorkItem task = journey.taskOf(county.coordinator(), reportId);
        assertThat(task.step()).isEqualTo(ReportStage.FILING);
        assertThat(logins.as(county.coordinator(), () -> workflow.returnTargets(task.taskId())))
                .extracting(ReturnTarget::step)
                .containsExactly(ReportStage.DRAFTING);
        assertThat(logins.as(agency.lead(), () -> workflow.canWithdraw(reportId)))
                .isFalse();

        logins.as(county.coordinator(), () -> workflow.approve(task.taskId(), null));

        journey.awaitPublished(reportId);
        ReportHistoryItem filed = history(reportId).stream()
                .filter(item -> item.action() == HistoryAction.FILED)
                .findFirst()
                .orElseThrow();
        assertThat(filed.actorUsername()).isEqualTo(county.coordinator());
        assertThat(filed.opinion()).isEqualTo("予以备案");
        assertThat(OpinionBlocks.of(history(reportId)))
                .extracting(OpinionBlocks.Block::title)
                .containsExactly("保密审查意见", "分管领导审核意见", "主要领导签发意见", "主管部门备案意见");
    }

    @Test
    void the_county_returns_a_report_to_drafting_with_an_opinion_and_it_comes_back_through_the_whole_chain() {
        logins.as(county.coordinator(), () -> filing.require(YEAR, true));
        long reportId = signedOff();
        String taskId = journey.taskOf(county.coordinator(), reportId).taskId();

        assertThatThrownBy(() -> logins.as(county.coordinator(), () -> workflow.returnTo(taskId, null, " ")))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("必须填写意见");
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.FILING);

        logins.as(county.coordinator(), () -> workflow.returnTo(taskId, null, "请补充年度工作要点。"));

        assertThat(stageOf(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(journey.taskOf(agency.handler(), reportId).step()).isEqualTo(ReportStage.DRAFTING);
        journey.submit(agency, reportId);
        journey.approveAll(agency, reportId);
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.FILING);
        logins.as(
                county.coordinator(),
                () -> workflow.approve(
                        journey.taskOf(county.coordinator(), reportId).taskId(), "同意备案。"));
        journey.awaitPublished(reportId);
    }

    @Test
    void only_the_coordinators_of_the_area_filed_with_may_file_and_nobody_else_may_switch_the_rule() {
        logins.as(county.coordinator(), () -> filing.require(YEAR, true));
        long reportId = signedOff();
        String taskId = journey.taskOf(county.coordinator(), reportId).taskId();
        TestCounty otherCounty = testAgencies.createCounty();

        for (String outsider : List.of(otherCounty.coordinator(), agency.lead(), agency.supervisor())) {
            assertThat(logins.as(outsider, () -> workflow.task(taskId))).isEmpty();
            assertThatThrownBy(() -> logins.as(outsider, () -> workflow.approve(taskId, null)))
                    .isInstanceOf(WorkflowActionException.class);
        }
        for (String notACoordinator : List.of(agency.handler(), agency.lead())) {
            assertThatThrownBy(() -> logins.as(notACoordinator, () -> filing.require(YEAR, false)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("只有主管部门协调员");
        }
        assertThat(stageOf(reportId)).isEqualTo(ReportStage.FILING);
        assertThat(logins.as(county.coordinator(), () -> filing.ofMyArea(YEAR))).isPresent();
    }

    @Test
    void switching_the_rule_is_audited_and_applies_to_reports_signed_after_it() {
        logins.as(county.coordinator(), () -> filing.require(YEAR, true));
        logins.as(county.coordinator(), () -> filing.require(YEAR, true));
        logins.as(county.coordinator(), () -> filing.require(YEAR, false));

        List<AuditEntry> changes = trail.forTarget(county.name() + " " + YEAR + " 年度报告");
        assertThat(changes)
                .extracting(AuditEntry::actionCode)
                .containsExactly("FILING_RULE_CHANGED", "FILING_RULE_CHANGED");
        assertThat(changes).extracting(AuditEntry::after).containsExactly("签发后报主管部门备案再发布", "不需备案");
        assertThat(logins.as(county.coordinator(), () -> filing.ofMyArea(YEAR))).isEmpty();
        assertThat(logins.as(county.coordinator(), () -> filing.ofMyArea(YEAR + 1)))
                .isEmpty();

        long reportId = signedOff();
        journey.awaitPublished(reportId);
    }

    private long signedOff() {
        long reportId = journey.start(agency, YEAR);
        journey.saveApplications(agency, reportId, TEXT, 5);
        journey.submit(agency, reportId);
        journey.approveAll(agency, reportId);
        return reportId;
    }

    private ReportStage stageOf(long reportId) {
        return logins.as(agency.handler(), () -> reports.view(reportId).stage());
    }

    private List<ReportHistoryItem> history(long reportId) {
        return logins.as(agency.handler(), () -> reports.history(reportId));
    }
}
