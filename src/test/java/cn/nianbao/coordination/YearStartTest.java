package cn.nianbao.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
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

    private long reportOf(TestAgency agency, int year) {
        return logins.as(agency.handler(), () -> reports.readableReports()).stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
