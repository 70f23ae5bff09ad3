package cn.nianbao.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Internal due dates per report year: each report by its own year's date, set one by one, for a kind, 沿用上年. */
@NianbaoTest
class InternalDueDatesTest {

    @Autowired
    InternalDueDates dueDates;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    MutableClock clock;

    @Autowired
    TrailReader trail;

    private TestCounty county;
    private TestAgency first;
    private TestAgency second;

    @BeforeEach
    void countyWithTwoDepartments() {
        // December 2025: the reports on 2025 are under way, those on 2026 can be prepared
        ClockAt.set(clock, LocalDateTime.of(2025, 12, 1, 9, 0));
        county = testAgencies.createCounty();
        first = testAgencies.createBelow(county.id());
        second = testAgencies.createBelow(county.id());
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_report_of_2026_is_due_by_the_date_set_for_2026_and_that_of_2025_by_its_own() {
        asCoordinator(() -> {
            dueDates.set(first.id(), 2025, MonthDay.of(1, 20));
            dueDates.set(first.id(), 2026, MonthDay.of(1, 12));
        });

        assertThat(due(first, 2025)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(due(first, 2026)).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(due(first, 2024)).as("no date for 2024: the legal one").isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(internalOf(2026, first)).isEqualTo(MonthDay.of(1, 12));
        assertThat(internalOf(2026, second)).isNull();

        asCoordinator(() -> dueDates.clear(first.id(), 2026));
        assertThat(due(first, 2026)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(due(first, 2025)).as("clearing 2026 leaves 2025 alone").isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void one_date_for_all_departments_below_is_set_at_once_and_audited_once_with_the_count() {
        TestAgency government = testAgencies.createGovernmentBelow(county.id());
        TestCounty otherCounty = testAgencies.createCounty();
        TestAgency elsewhere = testAgencies.createBelow(otherCounty.id());

        int count = logins.as(
                county.coordinator(), () -> dueDates.setForKind(2025, AgencyKind.DEPARTMENT, MonthDay.of(1, 15)));

        assertThat(count).isEqualTo(2);
        assertThat(due(first, 2025)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(due(second, 2025)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(due(government, 2025)).as("a government is not a department").isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(due(elsewhere, 2025)).as("not below this coordinator").isEqualTo(LocalDate.of(2026, 1, 31));
        List<AuditEntry> entries = trail.forTarget("内部截止日期 " + county.name() + "下级机关 2025年度");
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().detail()).isEqualTo("统一设置全部下级政府部门，共 2 个机关");
        assertThat(entries.getFirst().after()).isEqualTo("次年1月15日");

        assertThatThrownBy(
                        () -> asCoordinator(() -> dueDates.setForKind(2025, AgencyKind.DEPARTMENT, MonthDay.of(2, 1))))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessage("下级政府部门：内部截止日期须早于法定截止日期（政府部门：次年1月31日）。");
        assertThat(due(first, 2025)).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void last_years_dates_are_carried_over_and_a_year_with_dates_is_replaced_only_when_confirmed() {
        assertThatThrownBy(() -> asCoordinator(() -> dueDates.copyPreviousYear(2026, false)))
                .hasMessage("2025 年度没有为下级机关设置内部截止日期，无可沿用。");
        asCoordinator(() -> dueDates.set(first.id(), 2025, MonthDay.of(1, 20)));

        assertThat(logins.as(county.coordinator(), () -> dueDates.copyPreviousYear(2026, false)))
                .isEqualTo(1);
        assertThat(due(first, 2026)).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(trail.forTarget("内部截止日期 " + county.name() + "下级机关 2026年度")
                        .getLast()
                        .detail())
                .isEqualTo("沿用 2025 年度的内部截止日期，共 1 个机关");

        asCoordinator(() -> dueDates.set(second.id(), 2026, MonthDay.of(1, 10)));
        assertThatThrownBy(() -> asCoordinator(() -> dueDates.copyPreviousYear(2026, false)))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessage("2026 年度已有 2 个下级机关设置了内部截止日期；确认替换后才沿用上年的日期。");
        assertThat(due(second, 2026)).as("refused: nothing changed").isEqualTo(LocalDate.of(2027, 1, 10));

        asCoordinator(() -> dueDates.copyPreviousYear(2026, true));
        assertThat(due(first, 2026)).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(due(second, 2026)).as("2025 had none for it").isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void a_year_outside_the_format_or_far_ahead_a_past_date_and_an_agency_not_below_are_refused() {
        TestCounty otherCounty = testAgencies.createCounty();
        TestAgency elsewhere = testAgencies.createBelow(otherCounty.id());

        assertThatThrownBy(() -> asCoordinator(() -> dueDates.set(first.id(), 2020, MonthDay.of(1, 20))))
                .hasMessage("报告年度须在 2021 年至 2026 年之间（现行格式适用于 2021 年度起的报告，最多提前设置下一年度）。");
        assertThatThrownBy(
                        () -> asCoordinator(() -> dueDates.setForKind(2027, AgencyKind.DEPARTMENT, MonthDay.of(1, 20))))
                .hasMessageStartingWith("报告年度须在 2021 年至 2026 年之间");
        assertThatThrownBy(() -> asCoordinator(() -> dueDates.set(first.id(), 2024, MonthDay.of(1, 20))))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessageContaining("内部截止日期 2025年1月20日 已过");
        assertThatThrownBy(() -> asCoordinator(() -> dueDates.set(elsewhere.id(), 2025, MonthDay.of(1, 20))))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessage("只有上级主管部门的协调员或系统管理员可以设置本机关的内部截止日期。");
        assertThatThrownBy(() -> logins.as(first.handler(), () -> dueDates.copyPreviousYear(2025, true)))
                .isInstanceOf(CalendarChangeException.class);

        assertThat(due(first, 2020)).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(due(first, 2024)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(due(elsewhere, 2025)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(trail.forTarget("内部截止日期 " + elsewhere.name() + " 2025年度")).isEmpty();
    }

    private LocalDate due(TestAgency agency, int year) {
        return deadlines.of(new AgencyYear(agency.id(), year)).dueDate();
    }

    private MonthDay internalOf(int year, TestAgency agency) {
        return logins.as(county.coordinator(), () -> dueDates.belowMine(year)).stream()
                .filter(row -> row.agencyId() == agency.id())
                .findFirst()
                .orElseThrow()
                .internal();
    }

    private void asCoordinator(Runnable action) {
        logins.as(county.coordinator(), action);
    }
}
