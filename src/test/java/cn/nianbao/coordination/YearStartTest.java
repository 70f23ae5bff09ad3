package cn.nianbao.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.Deliveries;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.WorkItem;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 年度开始: the coordinator's button and the 1 January job create every department's report with its draft task. */
@NianbaoTest
class YearStartTest {

    @Autowired
    YearStart yearStart;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Autowired
    MutableClock clock;

    @Autowired
    Deliveries deliveries;

    @Autowired
    NotificationService notifications;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_button_starts_every_department_without_a_report_prefilled_from_last_year_and_twice_changes_nothing() {
        TestCounty county = testAgencies.createCounty();
        TestAgency fresh = testAgencies.createBelow(county.id());
        TestAgency started = testAgencies.createBelow(county.id());
        TestAgency lastYear = testAgencies.createBelow(county.id());
        long own = journey.start(started, 2025);
        journey.published(lastYear, 2024, ReportJourney.texts("上年。"), ReportJourney.CONSISTENT_FIGURES);

        YearStartResult first = logins.as(county.coordinator(), () -> yearStart.start(2025));

        assertThat(first.started()).containsExactlyInAnyOrder(fresh.name(), lastYear.name());
        assertThat(first.alreadyStarted()).isEqualTo(1);
        long carried = reportOf(lastYear, 2025);
        WorkItem task = journey.taskOf(lastYear.handler(), carried);
        assertThat(task.step()).isEqualTo(ReportStage.DRAFTING);
        assertThat(logins.as(lastYear.handler(), () -> reports.view(carried))
                        .content()
                        .tables()
                        .t3(T3Row.CARRY_IN, T3Column.NP))
                .as("last year's 结转下年度")
                .isEqualTo(1);
        List<ReportHistoryItem> history = logins.as(fresh.handler(), () -> reports.history(reportOf(fresh, 2025)));
        assertThat(history).singleElement().satisfies(item -> {
            assertThat(item.action()).isEqualTo(HistoryAction.CREATED);
            assertThat(item.actorUsername()).isEqualTo(county.coordinator());
            assertThat(item.opinion()).contains("年度开始").contains("经办");
        });

        YearStartResult again = logins.as(county.coordinator(), () -> yearStart.start(2025));

        assertThat(again.started()).isEmpty();
        assertThat(again.alreadyStarted()).isEqualTo(3);
        assertThat(logins.as(started.handler(), () -> reports.readableReports()))
                .extracting(ReportSummary::id)
                .containsExactly(own);
        assertThat(logins.as(fresh.handler(), () -> reports.readableReports())).hasSize(1);
    }

    @Test
    void only_a_coordinator_starts_the_year() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());

        assertThatThrownBy(() -> logins.as(department.handler(), () -> yearStart.start(2025)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logins.as(department.handler(), () -> reports.readableReports()))
                .isEmpty();
    }

    @Test
    void on_1_january_the_job_starts_last_years_reports_and_on_other_days_it_does_nothing() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        ClockAt.set(clock, LocalDateTime.of(2030, 12, 31, 23, 0));
        yearStart.onNewYear();
        assertThat(logins.as(department.handler(), () -> reports.readableReports()))
                .isEmpty();

        ClockAt.set(clock, LocalDateTime.of(2031, 1, 1, 0, 30));
        yearStart.onNewYear();
        yearStart.onNewYear();

        assertThat(logins.as(department.handler(), () -> reports.readableReports()))
                .singleElement()
                .satisfies(report -> assertThat(report.year()).isEqualTo(2030));
        long reportId = reportOf(department, 2030);
        assertThat(journey.taskOf(department.handler(), reportId).step()).isEqualTo(ReportStage.DRAFTING);
        assertThat(logins.as(department.handler(), () -> reports.history(reportId)))
                .singleElement()
                .satisfies(item -> assertThat(item.actorName()).isEqualTo(YearStart.SYSTEM_NAME));
        assertThat(logins.as(county.coordinator(), () -> reports.readableReports()))
                .extracting(ReportSummary::id)
                .as("the county government's own report sums its area and is started by its handler")
                .containsExactly(reportId);
    }

    @Test
    void only_last_years_published_report_carries_in_and_the_new_draft_says_where_its_figures_came_from() {
        TestCounty county = testAgencies.createCounty();
        TestAgency published = testAgencies.createBelow(county.id());
        TestAgency unpublished = testAgencies.createBelow(county.id());
        journey.published(published, 2024, ReportJourney.texts("上年。"), ReportJourney.CONSISTENT_FIGURES);
        journey.drafted(unpublished, 2024, ReportJourney.texts("上年。"), ReportJourney.CONSISTENT_FIGURES);

        logins.as(county.coordinator(), () -> yearStart.start(2025));

        long fromPublished = reportOf(published, 2025);
        long fromDraft = reportOf(unpublished, 2025);
        assertThat(carryIn(unpublished, fromDraft))
                .as("last year's draft is still in review: nothing of it carries in")
                .isZero();
        assertThat(logins.as(unpublished.handler(), () -> reports.aggregationScope(fromDraft)))
                .hasValueSatisfying(note -> assertThat(note).startsWith("无上年已发布报告，上年结转为 0"));
        assertThat(logins.as(unpublished.handler(), () -> reports.lastYear(fromDraft)))
                .as("nor is the draft the base of the cross-year checks")
                .isEmpty();
        assertThat(carryIn(published, fromPublished)).isEqualTo(1);
        assertThat(logins.as(published.handler(), () -> reports.aggregationScope(fromPublished)))
                .hasValueSatisfying(note -> assertThat(note).startsWith("上年结转自 2024 年报（已发布版本：第 1 版）"));
    }

    @Test
    void the_coordinator_sees_what_the_start_will_create_before_anything_is_created() {
        TestCounty county = testAgencies.createCounty();
        TestAgency fresh = testAgencies.createBelow(county.id());
        TestAgency started = testAgencies.createBelow(county.id());
        journey.start(started, 2025);

        YearStartPlan plan = logins.as(county.coordinator(), () -> yearStart.plan(2025));

        assertThat(plan.toCreate()).singleElement().satisfies(planned -> {
            assertThat(planned.agencyName()).isEqualTo(fresh.name());
            assertThat(planned.handler().username()).isEqualTo(fresh.handler());
        });
        assertThat(plan.describe())
                .contains("将为 1 个机关创建 2025 年度报告：" + fresh.name())
                .contains("1 个机关已有报告");
        assertThat(logins.as(fresh.handler(), () -> reports.readableReports())).isEmpty();
        assertThatThrownBy(() -> logins.as(fresh.handler(), () -> yearStart.plan(2025)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_handler_given_the_draft_gets_a_new_task_message() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());

        logins.as(county.coordinator(), () -> yearStart.start(2025));

        long reportId = reportOf(department, 2025);
        deliveries.awaitAll();
        assertThat(logins.as(department.handler(), () -> notifications.mine()))
                .filteredOn(n -> n.kind() == NotificationKind.NEW_TASK)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.text())
                            .contains(department.name())
                            .contains("2025")
                            .contains("起草任务交给您");
                    assertThat(n.link()).isEqualTo("reports/" + reportId);
                });
    }

    private long carryIn(TestAgency agency, long reportId) {
        return logins.as(agency.handler(), () -> reports.view(reportId))
                .content()
                .tables()
                .t3(T3Row.CARRY_IN, T3Column.NP);
    }

    private long reportOf(TestAgency agency, int year) {
        return logins.as(agency.handler(), () -> reports.readableReports()).stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
