package cn.nianbao.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts working days over a stretch of the calendar: Monday to Friday, unless the calendar's exceptions say a day
 * is a holiday or a weekend worked in exchange (调休). Plain Java over the exceptions loaded for that stretch.
 */
record WorkingDays(Map<LocalDate, Boolean> exceptions) {

    static WorkingDays of(List<CalendarDay> exceptions) {
        return new WorkingDays(
                exceptions.stream().collect(Collectors.toMap(CalendarDay::getCalendarDate, CalendarDay::isWorking)));
    }

    boolean isWorking(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the stretch loaded holds any entry dated in {@code year} (a year without is not entered yet). */
    boolean hasEntriesIn(int year) {
        return exceptions.keySet().stream().anyMatch(day -> day.getYear() == year);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorking(day)) {
                count++;
            }
        }
        return count;
    }
}
