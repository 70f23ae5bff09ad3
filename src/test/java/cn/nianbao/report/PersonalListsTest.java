package cn.nianbao.report;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 已办, 我发起的 and 办结: each person's own, newest first, narrowed by year and stage, a page at a time. */
@NianbaoTest
class PersonalListsTest {

    @Autowired
    PersonalLists lists;

    @Autowired
    ReportJourney journey;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void acted_lists_each_thing_the_person_did_newest_first_with_where_the_report_is_now() {
        TestAgency agency = testAgencies.create();
        String colleague = testAgencies.addPerson(agency, "secrecy2", "保密二", Role.SECRECY_REVIEWER);
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        logins.as(agency.secrecy(), () -> {
            String task = journey.taskOf(agency.secrecy(), reportId).taskId();
            workflow.claim(task);
            workflow.returnForRevision(task, "请补充第五部分。");
        });
        journey.submit(agency, reportId);
        journey.claimAndDelegate(agency.secrecy(), reportId, colleague, "请先看表三。");

        List<ActedStep> secrecy = logins.as(agency.secrecy(), () -> lists.acted(ListFilter.ALL, 0, 50));
        assertThat(secrecy)
                .extracting(ActedStep::action, ActedStep::step, ActedStep::opinion)
                .containsExactly(
                        tuple(HistoryAction.DELEGATED, ReportStage.SECRECY_REVIEW, "请先看表三。"),
                        tuple(HistoryAction.CLAIMED, ReportStage.SECRECY_REVIEW, null),
                        tuple(HistoryAction.RETURNED, ReportStage.SECRECY_REVIEW, "请补充第五部分。"),
                        tuple(HistoryAction.CLAIMED, ReportStage.SECRECY_REVIEW, null));
        assertThat(secrecy).allSatisfy(step -> {
            assertThat(step.reportId()).isEqualTo(reportId);
            assertThat(step.agencyName()).isEqualTo(agency.name());
            assertThat(step.reportLabel()).isEqualTo("2025 年度");
            assertThat(step.whereNow()).isEqualTo("保密审查");
        });
        // the handler's 提交 twice, not the 创建 (that is 我发起的); nobody sees another person's steps
        assertThat(logins.as(agency.handler(), () -> lists.acted(ListFilter.ALL, 0, 50)))
                .extracting(ActedStep::action)
                .containsExactly(HistoryAction.SUBMITTED, HistoryAction.SUBMITTED);
        assertThat(logins.as(agency.lead(), () -> lists.acted(ListFilter.ALL, 0, 50)))
                .isEmpty();
    }

    @Test
    void the_lists_are_narrowed_by_year_and_stage_and_come_in_pages() {
        TestAgency agency = testAgencies.create();
        journey.drafted(agency, 2023, texts("二〇二三。"), CONSISTENT_FIGURES);
        long published = journey.drafted(agency, 2024, texts("二〇二四。"), CONSISTENT_FIGURES);
        journey.approveAll(agency, published);
        journey.awaitPublished(published);
        journey.drafted(agency, 2025, texts("二〇二五。"), CONSISTENT_FIGURES);

        logins.as(agency.handler(), () -> {
            assertThat(lists.started(ListFilter.ALL, 0, 50))
                    .extracting(ReportSummary::year)
                    .containsExactly(2025, 2024, 2023);
            assertThat(lists.started(ListFilter.ALL, 1, 2))
                    .extracting(ReportSummary::year)
                    .containsExactly(2023);
            assertThat(lists.started(new ListFilter(2024, null), 0, 50))
                    .extracting(ReportSummary::stage)
                    .containsExactly(ReportStage.PUBLISHED);
            assertThat(lists.acted(new ListFilter(2025, null), 0, 50))
                    .extracting(ActedStep::year, ActedStep::action)
                    .containsExactly(tuple(2025, HistoryAction.SUBMITTED));
            assertThat(lists.acted(new ListFilter(null, ReportStage.PUBLISHED), 0, 50))
                    .extracting(ActedStep::year)
                    .containsExactly(2024);
        });
        // 办结: the agency's published reports, for everyone in its chain, whoever drafted them
        logins.as(agency.lead(), () -> {
            assertThat(lists.finished(ListFilter.ALL, 0, 50))
                    .extracting(ReportSummary::year, ReportSummary::stage)
                    .containsExactly(tuple(2024, ReportStage.PUBLISHED));
            assertThat(lists.started(ListFilter.ALL, 0, 50)).isEmpty();
            assertThat(lists.acted(ListFilter.ALL, 0, 50))
                    .extracting(ActedStep::action)
                    .containsExactly(HistoryAction.SIGNED);
        });
        assertThat(logins.as(testAgencies.create().handler(), () -> lists.finished(ListFilter.ALL, 0, 50)))
                .isEmpty();
    }
}
