package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyKind;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.ReportEditions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * What an internal due date may be: for a report year of the current format up to next year (set ahead, not far in
 * the future), earlier than the legal date, and not already past. A past date is refused rather than warned about:
 * saved, it would make that year's reports overdue at once and the daily scan would escalate them.
 */
@Component
class DueDateRule {

    private final Clock clock;

    DueDateRule(Clock clock) {
        this.clock = clock;
    }

    /** From the latest: next year, this year, … 2021. */
    List<Integer> years() {
        return IntStream.rangeClosed(ReportEditions.FIRST_YEAR_OF_FORMAT, lastYear())
                .boxed()
                .toList()
                .reversed();
    }

    private int lastYear() {
        return today().getYear() + 1;
    }

    void requireYear(int year) {
        int last = lastYear();
        if (year < ReportEditions.FIRST_YEAR_OF_FORMAT || year > last) {
            throw new CalendarChangeException("报告年度须在 " + ReportEditions.FIRST_YEAR_OF_FORMAT + " 年至 " + last
                    + " 年之间（现行格式适用于 2021 年度起的报告，最多提前设置下一年度）。");
        }
    }

    /** {@code who}: the agency or agencies the date is for, named in a refusal. */
    void requireDay(String who, AgencyKind kind, int year, MonthDay day) {
        if (day == null) {
            throw new CalendarChangeException("请填写内部截止日期的月和日。");
        }
        MonthDay legal = MonthDay.from(kind.dueDateFor(year));
        if (!day.isBefore(legal)) {
            throw new CalendarChangeException(who + "：内部截止日期须早于法定截止日期（" + kind.label() + "：次年" + legal.getMonthValue()
                    + "月" + legal.getDayOfMonth() + "日）。");
        }
        if (!day.isValidYear(year + 1)) {
            throw new CalendarChangeException((year + 1) + " 年没有 2 月 29 日，请另选日期。");
        }
        LocalDate due = day.atYear(year + 1);
        if (due.isBefore(today())) {
            throw new CalendarChangeException(who + "：内部截止日期 " + ChinaTime.DATE.format(due) + " 已过，" + year
                    + " 年度的报告不能按已过的日期督办；请选今天或以后的日期，或恢复法定截止日期。");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
