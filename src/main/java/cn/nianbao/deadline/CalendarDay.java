package cn.nianbao.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day that is not what its weekday says: a public holiday on a weekday, or a weekend worked (调休). */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    private LocalDate calendarDate;

    private boolean working;

    private String note;

    protected CalendarDay() {}

    CalendarDay(LocalDate calendarDate, boolean working, String note) {
        this.calendarDate = calendarDate;
        this.working = working;
        this.note = note;
    }

    LocalDate getCalendarDate() {
        return calendarDate;
    }

    boolean isWorking() {
        return working;
    }

    CalendarEntry entry() {
        return new CalendarEntry(calendarDate, working, note);
    }

    void change(boolean working, String note) {
        this.working = working;
        this.note = note;
    }
}
