package cn.nianbao.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.agency.AgencyKind;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The reporting cycle: the year whose report is due next, on the application's clock, China time. */
class ReportingCycleTest {

    private final MutableClock clock = new MutableClock(ChinaTime.ZONE);
    private final ReportingCycle cycle = new ReportingCycle(null, clock);

    @Test
    void a_department_works_on_the_year_whose_report_is_due_next_until_31_january() {
        assertThat(at(2026, 12, 2, 10, 0, AgencyKind.DEPARTMENT))
                .as("in December the report on this year is the next one due, not last year's overdue one")
                .isEqualTo(2026);
        assertThat(at(2027, 1, 20, 10, 0, AgencyKind.DEPARTMENT)).isEqualTo(2026);
        assertThat(at(2027, 1, 31, 23, 59, AgencyKind.DEPARTMENT)).isEqualTo(2026);
        assertThat(at(2027, 2, 1, 0, 1, AgencyKind.DEPARTMENT)).isEqualTo(2027);
        assertThat(at(2026, 1, 5, 9, 0, AgencyKind.DEPARTMENT)).isEqualTo(2025);
    }

    @Test
    void a_government_stays_on_last_year_until_its_report_is_due_on_31_march() {
        assertThat(at(2026, 12, 2, 10, 0, AgencyKind.GOVERNMENT)).isEqualTo(2026);
        assertThat(at(2027, 2, 1, 10, 0, AgencyKind.GOVERNMENT))
                .as("the departments have published; the government now sums them")
                .isEqualTo(2026);
        assertThat(at(2027, 3, 31, 23, 0, AgencyKind.GOVERNMENT)).isEqualTo(2026);
        assertThat(at(2027, 4, 1, 8, 0, AgencyKind.GOVERNMENT)).isEqualTo(2027);
    }

    @Test
    void the_day_turns_at_midnight_in_china_not_in_utc() {
        // 2027-01-31 20:00 UTC is already 1 February in China
        assertThat(at(2027, 2, 1, 4, 0, AgencyKind.DEPARTMENT)).isEqualTo(2027);
    }

    private int at(int year, int month, int day, int hour, int minute, AgencyKind kind) {
        ClockAt.set(clock, LocalDateTime.of(year, month, day, hour, minute));
        return cycle.current(kind);
    }
}
