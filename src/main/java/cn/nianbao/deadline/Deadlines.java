package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due date of an agency's report and where it stands today, on the working-day calendar. The legal date comes
 * from the agency's kind (31 January for a department, 31 March for a government); an internal date set for the
 * agency and the report's year comes first. Several reports' deadlines take three queries, whatever their number
 * (the inbox lists many).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(DeadlineSettings.class)
public class Deadlines {

    private final AgencyDirectory agencies;
    private final InternalDueDateRepository internalDates;
    private final CalendarDayRepository calendar;
    private final ReminderDays reminderDays;
    private final Clock clock;

    Deadlines(
            AgencyDirectory agencies,
            InternalDueDateRepository internalDates,
            CalendarDayRepository calendar,
            ReminderDays reminderDays,
            Clock clock) {
        this.agencies = agencies;
        this.internalDates = internalDates;
        this.calendar = calendar;
        this.reminderDays = reminderDays;
        this.clock = clock;
    }

    public Deadline of(AgencyYear report) {
        return of(List.of(report)).get(report);
    }

    public Map<AgencyYear, Deadline> of(Collection<AgencyYear> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        List<Long> agencyIds =
                reports.stream().map(AgencyYear::agencyId).distinct().toList();
        Map<Long, AgencyKind> kinds = agencies.kindsOf(agencyIds);
        List<Integer> years = reports.stream().map(AgencyYear::year).distinct().toList();
        // each report's own year's date: the report of 2026 is due by the date set for 2026, that of 2025 by its own
        Map<AgencyYear, MonthDay> internal =
                internalDates.findByKeyAgencyIdInAndKeyReportYearIn(agencyIds, years).stream()
                        .collect(Collectors.toMap(InternalDueDate::report, InternalDueDate::day));
        Map<AgencyYear, LocalDate> dueDates = reports.stream()
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(), r -> dueDate(kinds.get(r.agencyId()), internal.get(r), r.year())));
        LocalDate today = LocalDate.now(clock);
        WorkingDays days = workingDays(today, dueDates.values());
        return dueDates.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> standing(e.getValue(), today, days)));
    }

    /**
     * How each report was published against its legal due date (the agency's kind, not an internal date: the law
     * is what a late publication breaks), given the day it was first published, China time.
     */
    public Map<AgencyYear, PublicationTiming> publicationTimings(Map<AgencyYear, LocalDate> publishedOn) {
        if (publishedOn.isEmpty()) {
            return Map.of();
        }
        Map<Long, AgencyKind> kinds = agencies.kindsOf(publishedOn.keySet().stream()
                .map(AgencyYear::agencyId)
                .distinct()
                .toList());
        Map<AgencyYear, LocalDate> legal = publishedOn.keySet().stream()
                .collect(Collectors.toMap(
                        Function.identity(), r -> kinds.get(r.agencyId()).dueDateFor(r.year())));
        LocalDate from = legal.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to =
                publishedOn.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        WorkingDays days = WorkingDays.of(calendar.findByCalendarDateBetween(from, to.isAfter(from) ? to : from));
        return publishedOn.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            LocalDate due = legal.get(e.getKey());
            return new PublicationTiming(due, e.getValue(), days.between(due, e.getValue()));
        }));
    }

    private static LocalDate dueDate(AgencyKind kind, MonthDay internal, int year) {
        LocalDate legal = kind.dueDateFor(year);
        return internal == null ? legal : internal.atYear(year + 1);
    }

    private Deadline standing(LocalDate due, LocalDate today, WorkingDays days) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        int workingLeft = days.between(today, due);
        int workingOverdue = days.between(due, today);
        boolean dueSoon = daysLeft >= 0 && workingLeft <= reminderDays.current();
        boolean assumed = due.isAfter(today)
                && IntStream.rangeClosed(today.plusDays(1).getYear(), due.getYear())
                        .anyMatch(y -> !days.hasEntriesIn(y));
        return new Deadline(due, daysLeft, workingLeft, workingOverdue, dueSoon, assumed);
    }

    private WorkingDays workingDays(LocalDate today, Collection<LocalDate> dueDates) {
        LocalDate last = dueDates.stream().max(Comparator.naturalOrder()).orElse(today);
        LocalDate first = dueDates.stream().min(Comparator.naturalOrder()).orElse(today);
        LocalDate to = last.isAfter(today) ? last : today;
        LocalDate from = first.isBefore(today) ? first : today;
        // whole years, so that a year without any entry (not entered yet) shows as such; from the earliest due date
        // already passed, so that the working days overdue count its holidays
        return WorkingDays.of(calendar.findByCalendarDateBetween(
                LocalDate.of(from.getYear(), 1, 1), LocalDate.of(to.getYear(), 12, 31)));
    }

    public int remindWorkingDays() {
        return reminderDays.current();
    }
}
