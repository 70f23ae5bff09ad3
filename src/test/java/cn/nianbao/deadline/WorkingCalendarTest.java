package cn.nianbao.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The working-day calendar of the official schedules, and the due dates it counts down to. */
@NianbaoTest
class WorkingCalendarTest {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Deadlines deadlines;

    @Autowired
    InternalDueDates internalDueDates;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_2026_spring_festival_is_skipped_and_its_tiaoxiu_saturdays_are_worked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)))
                .as("调休 Saturday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)))
                .as("春节 Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21)))
                .as("ordinary Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26)))
                .as("2025 春节调休 Sunday")
                .isTrue();
        // after Friday 13 February: Saturday 14 (worked), 15–23 holiday, Tuesday 24
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24)))
                .isEqualTo(2);
    }

    /** sysadmin: the demo system administrator. */
    @Test
    void only_a_system_administrator_changes_the_calendar() {
        LocalDate newYear2027 = LocalDate.of(2027, 1, 1);
        TestAgency agency = testAgencies.create();
        String admin = "sysadmin";

        assertThatThrownBy(() -> logins.as(agency.lead(), () -> calendar.set(newYear2027, false, "元旦")))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessageContaining("系统管理员");
        assertThat(calendar.isWorkingDay(newYear2027)).isTrue();

        logins.as(admin, () -> calendar.set(newYear2027, false, "元旦"));

        assertThat(calendar.isWorkingDay(newYear2027)).isFalse();
    }

    @Test
    void a_coordinator_above_sets_an_earlier_internal_due_date_which_then_counts() {
        TestCounty county = testAgencies.createCounty();
        TestAgency agency = testAgencies.createBelow(county.id());
        String coordinator = county.coordinator();
        AgencyYear report2025 = new AgencyYear(agency.id(), 2025);
        assertThat(deadlines.of(report2025).dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));

        ClockAt.set(clock, LocalDateTime.of(2026, 1, 16, 9, 0));
        assertThatThrownBy(() ->
                        logins.as(agency.lead(), () -> internalDueDates.set(agency.id(), 2025, MonthDay.of(1, 20))))
                .isInstanceOf(CalendarChangeException.class);
        assertThatThrownBy(() ->
                        logins.as(coordinator, () -> internalDueDates.set(agency.id(), 2025, MonthDay.of(2, 5))))
                .isInstanceOf(CalendarChangeException.class)
                .hasMessageContaining("早于法定截止日期");
        logins.as(coordinator, () -> internalDueDates.set(agency.id(), 2025, MonthDay.of(1, 20)));

        Deadline deadline = deadlines.of(report2025);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(deadline.workingDaysLeft()).as("Monday 19, Tuesday 20").isEqualTo(2);
        assertThat(deadline.dueSoon()).isTrue();
        assertThat(deadline.standing()).isEqualTo("剩余 2 个工作日");

        ClockAt.set(clock, LocalDateTime.of(2026, 1, 23, 9, 0));
        assertThat(deadlines.of(report2025).standing())
                .as("Wednesday to Friday")
                .isEqualTo("已逾期 3 个工作日（3 天）");
    }

    @Test
    void working_days_left_that_run_into_a_year_not_entered_say_they_count_monday_to_friday() {
        TestAgency agency = testAgencies.create();
        ClockAt.set(clock, LocalDateTime.of(2046, 12, 20, 9, 0));

        Deadline deadline = deadlines.of(new AgencyYear(agency.id(), 2046));

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2047, 1, 31));
        assertThat(deadline.weekdaysAssumed()).isTrue();
        assertThat(deadline.standing()).isEqualTo("剩余 " + deadline.workingDaysLeft() + " 个工作日（按周一至周五计算）");
        assertThat(deadline.workingDaysLeft())
                .as("Monday to Friday, 21 Dec 2046 to 31 Jan 2047")
                .isEqualTo(30);

        ClockAt.set(clock, LocalDateTime.of(2026, 1, 5, 9, 0));
        assertThat(deadlines.of(new AgencyYear(agency.id(), 2025)).weekdaysAssumed())
                .as("2026 is entered")
                .isFalse();
    }
}
