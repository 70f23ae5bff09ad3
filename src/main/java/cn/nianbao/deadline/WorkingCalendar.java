package cn.nianbao.deadline;

import cn.nianbao.agency.Role;
import cn.nianbao.security.CurrentActor;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar: Monday to Friday, except the public holidays and the 调休 weekends of the official
 * schedule (2025 and 2026 are seeded). A system administrator adds each new year's schedule as it is announced.
 */
@Service
@Transactional
public class WorkingCalendar {

    static final int MAX_NOTE = 100;

    private final CalendarDayRepository days;
    private final CurrentActor currentActor;

    WorkingCalendar(CalendarDayRepository days, CurrentActor currentActor) {
        this.days = days;
        this.currentActor = currentActor;
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

    /**
     * Marks a day as a holiday ({@code working} false) or a day worked ({@code working} true, for a 调休 weekend).
     * Only a system administrator may, and the note (节日名称) is required.
     */
    public void set(LocalDate day, boolean working, String note) {
        if (!currentActor.require().has(Role.SYSTEM_ADMIN)) {
            throw new CalendarChangeException("只有系统管理员可以修改工作日历。");
        }
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            throw new CalendarChangeException("请填写说明（节假日名称或调休上班），不超过 " + MAX_NOTE + " 字。");
        }
        days.findById(day)
                .ifPresentOrElse(
                        existing -> existing.change(working, note.strip()),
                        () -> days.save(new CalendarDay(day, working, note.strip())));
    }

    private WorkingDays stretch(LocalDate from, LocalDate to) {
        return WorkingDays.of(days.findByCalendarDateBetween(from, to));
    }
}
