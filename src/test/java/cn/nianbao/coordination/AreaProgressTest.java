package cn.nianbao.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.Deliveries;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@NianbaoTest
class AreaProgressTest {

    @Autowired
    Deliveries deliveries;

    @Autowired
    AreaProgress area;

    @Autowired
    AreaExport export;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    Logins logins;

    @Autowired
    MutableClock clock;

    @Autowired
    AreaUrging urging;

    @Autowired
    TrailReader trail;

    @Autowired
    NotificationService notifications;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    AgencyAdministration administration;

    @Autowired
    YearStart yearStart;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void five_days_after_31_january_the_coordinator_sees_each_department_and_which_are_late() {
        TestCounty county = testAgencies.createCounty();
        TestAgency idle = testAgencies.createBelow(county.id());
        TestAgency drafting = testAgencies.createBelow(county.id());
        TestAgency done = testAgencies.createBelow(county.id());
        journey.start(drafting, 2025);
        long published = journey.drafted(done, 2025, Map.of(), Map.of());
        journey.approveAll(done, published);
        journey.awaitPublished(published);
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));

        List<AgencyProgress> rows = logins.as(county.coordinator(), () -> area.of(2025));

        assertThat(rows)
                .extracting(AgencyProgress::agencyName)
                .containsExactly(idle.name(), drafting.name(), county.name(), done.name());
        AgencyProgress late = row(rows, idle.name());
        assertThat(late.status()).isEqualTo("未开始");
        assertThat(late.daysLeft()).isEqualTo(-5);
        assertThat(late.overdue()).isTrue();
        assertThat(late.timeLeft())
                .as("in working days, as in 待办: due Saturday 31 January, Monday to Thursday overdue")
                .isEqualTo("已逾期 4 个工作日（5 天）");
        assertThat(row(rows, drafting.name()).stage()).contains(ReportStage.DRAFTING);
        assertThat(row(rows, drafting.name()).openStep())
                .as("who holds the open step, since when")
                .hasValueSatisfying(step ->
                        assertThat(step.holders()).extracting(Person::username).containsExactly(drafting.handler()));
        assertThat(row(rows, drafting.name()).holding()).matches(".+（自 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）");
        assertThat(late.holding()).as("not started: nobody holds a step").isEmpty();
        assertThat(row(rows, drafting.name()).overdue()).isTrue();
        assertThat(row(rows, done.name()).published()).isTrue();
        assertThat(row(rows, done.name()).overdue()).isFalse();
        assertThat(row(rows, county.name()).daysLeft())
                .as("the government itself has until 31 March")
                .isEqualTo(54);
        assertThat(row(rows, county.name()).timeLeft()).isEqualTo("剩余 34 个工作日");
        assertThat(row(rows, county.name()).overdue()).isFalse();
    }

    @Test
    void an_agency_set_up_after_the_year_owes_no_report_on_it_and_is_neither_listed_late_nor_urged() {
        TestCounty county = testAgencies.createCounty();
        TestAgency old = testAgencies.createBelow(county.id());
        TestAgency founded = testAgencies.createBelow(county.id());
        // 机关管理: the new bureau reports from 2026 on, the year it was set up
        logins.as(
                "sysadmin",
                () -> administration.update(founded.id(), founded.name(), AgencyKind.DEPARTMENT, county.id(), 2026));
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));

        List<AgencyProgress> on2025 = logins.as(county.coordinator(), () -> area.of(2025));
        assertThat(on2025)
                .extracting(AgencyProgress::agencyName)
                .contains(old.name())
                .doesNotContain(founded.name());
        assertThat(logins.as(county.coordinator(), () -> urging.urgeAllLate(2025)))
                .as("only the old bureau's handler is reminded")
                .isEqualTo(1);
        deliveries.awaitAll();
        assertThat(logins.as(founded.handler(), notifications::mine)).isEmpty();

        assertThat(logins.as(county.coordinator(), () -> area.of(2026)))
                .extracting(AgencyProgress::agencyName)
                .contains(old.name(), founded.name());
        assertThat(logins.as(county.coordinator(), () -> yearStart.plan(2026)).toCreate())
                .extracting(YearStartPlan.Planned::agencyName)
                .contains(founded.name());
        assertThat(logins.as(county.coordinator(), () -> yearStart.plan(2025)).toCreate())
                .extracting(YearStartPlan.Planned::agencyName)
                .contains(old.name())
                .doesNotContain(founded.name());
    }

    @Test
    void a_coordinator_sees_nothing_of_another_county_and_nobody_else_sees_the_overview() {
        TestCounty county = testAgencies.createCounty();
        TestCounty elsewhere = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());

        assertThat(logins.as(elsewhere.coordinator(), () -> area.of(2025)))
                .extracting(AgencyProgress::agencyName)
                .containsExactly(elsewhere.name());
        assertThatThrownBy(() -> logins.as(department.lead(), () -> area.of(2025)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logins.as("sysadmin", () -> area.of(2025))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_chart_counts_agencies_by_stage_and_the_late_ones_again() {
        TestCounty county = testAgencies.createCounty();
        testAgencies.createBelow(county.id());
        TestAgency drafting = testAgencies.createBelow(county.id());
        journey.start(drafting, 2025);
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));

        String svg = StageChart.svg(logins.as(county.coordinator(), () -> area.of(2025)));

        assertThat(svg)
                .startsWith("<svg")
                .contains("data-label=\"未开始\" data-value=\"2\"")
                .contains("data-label=\"起草\" data-value=\"1\"")
                .contains("data-label=\"其中逾期\" data-value=\"2\"");
    }

    @Test
    void urging_all_late_agencies_reaches_the_holder_of_each_open_step_and_the_handlers_of_an_agency_not_started() {
        TestCounty county = testAgencies.createCounty();
        TestAgency idle = testAgencies.createBelow(county.id());
        TestAgency reviewing = testAgencies.createBelow(county.id());
        long inReview = journey.drafted(reviewing, 2025, Map.of(), Map.of());
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));

        int reminded = logins.as(county.coordinator(), () -> urging.urgeAllLate(2025));

        assertThat(reminded).isEqualTo(2);
        assertThat(urged(idle.handler())).singleElement().asString().contains("尚未开始起草");
        assertThat(urged(reviewing.secrecy())).singleElement().asString().contains("请抓紧办理");
        assertThat(logins.as(reviewing.handler(), () -> reports.history(inReview)))
                .anySatisfy(step -> assertThat(step.action()).isEqualTo(HistoryAction.URGED));
    }

    @Test
    void a_coordinator_cannot_urge_an_agency_of_another_county() {
        TestCounty county = testAgencies.createCounty();
        TestAgency elsewhere =
                testAgencies.createBelow(testAgencies.createCounty().id());

        assertThatThrownBy(() -> logins.as(county.coordinator(), () -> urging.urge(elsewhere.id(), 2025)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(urged(elsewhere.handler())).isEmpty();
    }

    @Test
    void the_export_opens_in_excel_with_one_line_per_agency() {
        TestCounty county = testAgencies.createCounty();
        TestAgency idle = testAgencies.createBelow(county.id());
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));

        String csv = new String(logins.as(county.coordinator(), () -> export.csv(2025)), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("\uFEFF机关,类型,当前环节,办理人（自）,截止日期,剩余工作日,逾期工作日,逾期天数,发布情况,更正发布日期\r\n")
                .as("due Saturday 31 January; Monday 2 to Thursday 5 February are 4 working days")
                .contains(idle.name() + ",政府部门,未开始,,2026-01-31,,4,5,,\r\n")
                .as("Friday 6 February to Tuesday 31 March, less the Spring Festival, plus its two 调休 Saturdays")
                .contains(county.name() + ",人民政府,未开始,,2026-03-31,34,,,,\r\n");
        assertThat(trail.byActor(county.coordinator()).getLast().actionCode()).isEqualTo("AREA_PROGRESS_EXPORTED");
    }

    private List<String> urged(String username) {
        deliveries.awaitAll();
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> n.kind() == NotificationKind.URGED)
                .map(NotificationItem::text)
                .toList();
    }

    @Test
    void a_report_published_late_still_reads_late_in_the_list_and_the_export_long_after_publication() {
        TestCounty county = testAgencies.createCounty();
        TestAgency late = testAgencies.createBelow(county.id());
        TestAgency onTime = testAgencies.createBelow(county.id());
        // due Saturday 31 January 2026; published Thursday 5 February: Monday to Thursday are 4 working days late
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));
        journey.published(late, 2025, ReportJourney.texts("总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 30, 10, 0));
        journey.published(onTime, 2025, ReportJourney.texts("总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        ClockAt.set(clock, LocalDateTime.of(2026, 12, 2, 10, 0));

        List<AgencyProgress> rows = logins.as(county.coordinator(), () -> area.of(2025));
        String csv = new String(logins.as(county.coordinator(), () -> export.csv(2025)), StandardCharsets.UTF_8);

        assertThat(row(rows, late.name()).publicationStanding()).isEqualTo("逾期 4 个工作日发布");
        assertThat(row(rows, onTime.name()).publicationStanding()).isEqualTo("按时发布");
        assertThat(row(rows, late.name()).overdue())
                .as("published, so no longer chased")
                .isFalse();
        assertThat(csv)
                .contains(late.name() + ",政府部门,已发布,,2026-01-31,,,,逾期 4 个工作日发布,\r\n")
                .contains(onTime.name() + ",政府部门,已发布,,2026-01-31,,,,按时发布,\r\n");
    }

    @Test
    void during_a_correction_the_summary_and_the_chart_both_count_the_report_as_under_correction() {
        TestCounty county = testAgencies.createCounty();
        TestAgency correcting = testAgencies.createBelow(county.id());
        long first = journey.published(correcting, 2025, ReportJourney.texts("总体情况。"), ReportJourney.CONSISTENT_FIGURES)
                .reportId();
        logins.as(correcting.handler(), () -> workflow.startCorrection(first, "更正表三一处数字。"));

        List<AgencyProgress> rows = logins.as(county.coordinator(), () -> area.of(2025));

        assertThat(StageChart.svg(rows))
                .contains("data-label=\"已发布\" data-value=\"0\"")
                .contains("data-label=\"更正中\" data-value=\"1\"");
        assertThat(StageChart.summary(2025, rows))
                .isEqualTo("2025 年度：共 2 个机关，已发布 0 个，更正中 1 个，未发布 1 个（其中逾期 "
                        + StageChart.counts(rows).get(StageChart.OVERDUE) + " 个）。");
    }

    @Test
    void a_published_correction_is_listed_with_its_date_and_the_first_publication_keeps_its_standing() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 20, 10, 0));
        long first = journey.published(department, 2025, ReportJourney.texts("总体情况。"), ReportJourney.CONSISTENT_FIGURES)
                .reportId();
        ClockAt.set(clock, LocalDateTime.of(2026, 3, 2, 10, 0));
        long correction = logins.as(department.handler(), () -> workflow.startCorrection(first, "更正表三一处数字。"));
        journey.submit(department, correction);
        journey.approveAll(department, correction);
        journey.awaitPublished(correction);

        AgencyProgress row = row(logins.as(county.coordinator(), () -> area.of(2025)), department.name());
        String csv = new String(logins.as(county.coordinator(), () -> export.csv(2025)), StandardCharsets.UTF_8);

        assertThat(row.corrections()).containsExactly(LocalDate.of(2026, 3, 2));
        assertThat(row.correctionsPublished()).isEqualTo("更正发布：2026-03-02");
        assertThat(row.publicationStanding()).as("judged by the first edition").isEqualTo("按时发布");
        assertThat(csv).contains(department.name() + ",政府部门,已发布,,2026-01-31,,,,按时发布,更正发布：2026-03-02\r\n");
    }

    private static AgencyProgress row(List<AgencyProgress> rows, String name) {
        return rows.stream()
                .filter(r -> r.agencyName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
