package cn.nianbao.deadline;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.security.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar: Monday to Friday, except the public holidays and the 调休 weekends of the official
 * schedule (2025 and 2026 are seeded). A system administrator adds each new year's schedule as it is announced, a
 * day at a time or the whole year from the pasted notice ({@link HolidayNotice}); every change is audited.
 */
@Service
@Transactional
public class WorkingCalendar {

    static final int MAX_NOTE = 100;
    /** From 1 November on, next year's schedule should be in: the State Council announces it in the autumn. */
    static final Month WARN_FROM = Month.NOVEMBER;

    private final CalendarDayRepository days;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    WorkingCalendar(CalendarDayRepository days, CurrentActor currentActor, AuditTrail audit, Clock clock) {
        this.days = days;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return stretch(day, day).isWorking(day);
    }

    /** Working days after {@code from}, up to and including {@code to}. */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return stretch(from, to).between(from, to);
    }

    /** The year's holidays and weekends worked, by date. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> year(int year) {
        return days
                .findByCalendarDateBetweenOrderByCalendarDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream()
                .map(CalendarDay::entry)
                .toList();
    }

    /**
     * 「尚未录入2027年节假日安排，工作日按周一至周五计算。」 from 1 November on while next year has no entry; empty
     * otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<String> missingYearWarning() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        int next = today.getYear() + 1;
        if (today.getMonth().compareTo(WARN_FROM) < 0
                || days.existsByCalendarDateBetween(LocalDate.of(next, 1, 1), LocalDate.of(next, 12, 31))) {
            return Optional.empty();
        }
        return Optional.of(missingYear(next));
    }

    /** The year today in China, on the application's clock: the year the calendar screen opens on. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
    }

    /** 尚未录入2027年节假日安排，工作日按周一至周五计算。 */
    public static String missingYear(int year) {
        return "尚未录入" + year + "年节假日安排，工作日按周一至周五计算。";
    }

    /**
     * Marks a day as a holiday ({@code working} false) or a day worked ({@code working} true, for a 调休 weekend).
     * Only a system administrator may, and the note (节日名称) is required.
     */
    public void set(LocalDate day, boolean working, String note) {
        requireAdministrator();
        if (day == null) {
            throw new CalendarChangeException("请选择日期。");
        }
        CalendarEntry entry = new CalendarEntry(day, working, requireNote(note));
        String before = days.findById(day).map(d -> d.entry().toString()).orElse(null);
        days.findById(day)
                .ifPresentOrElse(
                        existing -> existing.change(working, entry.note()),
                        () -> days.save(new CalendarDay(day, working, entry.note())));
        audit.record(DeadlineAudit.CALENDAR_CHANGED, "工作日历 " + day, before, entry.toString());
    }

    /** Back to what the weekday says. */
    public void remove(LocalDate day) {
        requireAdministrator();
        CalendarDay existing = days.findById(day)
                .orElseThrow(() -> new CalendarChangeException(ChinaTime.DATE.format(day) + "不在工作日历中，无需删除。"));
        days.delete(existing);
        audit.record(
                DeadlineAudit.CALENDAR_CHANGED, "工作日历 " + day, existing.entry().toString(), null);
    }

    /** The year's entries become exactly {@code entries} (as read from the notice and confirmed): all or nothing. */
    public void replaceYear(int year, List<CalendarEntry> entries) {
        requireAdministrator();
        if (entries == null || entries.isEmpty()) {
            throw new CalendarChangeException("没有可保存的日期：请先粘贴通知并识别。");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarEntry entry : entries) {
            if (entry.date().getYear() != year) {
                throw new CalendarChangeException(entry.dateLabel() + "不在" + year + "年内。");
            }
            if (!seen.add(entry.date())) {
                throw new CalendarChangeException(entry.dateLabel() + "出现了两次。");
            }
            requireNote(entry.note());
        }
        List<CalendarDay> old = days.findByCalendarDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String before = old.stream().map(d -> d.entry().toString()).sorted().collect(Collectors.joining("\n"));
        Map<LocalDate, CalendarDay> existing =
                old.stream().collect(Collectors.toMap(CalendarDay::getCalendarDate, Function.identity()));
        for (CalendarEntry entry : entries) {
            CalendarDay day = existing.remove(entry.date());
            if (day == null) {
                days.save(new CalendarDay(
                        entry.date(), entry.working(), entry.note().strip()));
            } else {
                day.change(entry.working(), entry.note().strip());
            }
        }
        days.deleteAll(existing.values());
        audit.record(
                DeadlineAudit.CALENDAR_CHANGED,
                "工作日历 " + year + "年",
                "按国务院办公厅通知替换全年安排：" + old.size() + " 天 → " + entries.size() + " 天",
                before.isEmpty() ? null : before,
                entries.stream().map(CalendarEntry::toString).collect(Collectors.joining("\n")));
    }

    private void requireAdministrator() {
        if (!currentActor.require().has(Role.SYSTEM_ADMIN)) {
            throw new CalendarChangeException("只有系统管理员可以修改工作日历。");
        }
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            throw new CalendarChangeException("请填写说明（节假日名称或调休上班），不超过 " + MAX_NOTE + " 字。");
        }
        return note.strip();
    }

    private WorkingDays stretch(LocalDate from, LocalDate to) {
        return WorkingDays.of(days.findByCalendarDateBetween(from, to));
    }
}
