package cn.nianbao.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.MonthDay;

/** An agency's own due date, earlier than the legal one: a day of the year after the report's year. */
@Entity
@Table(name = "agency_due_date")
class InternalDueDate {

    @Id
    private Long agencyId;

    private int dueMonth;

    private int dueDay;

    protected InternalDueDate() {}

    InternalDueDate(long agencyId, MonthDay day) {
        this.agencyId = agencyId;
        change(day);
    }

    Long getAgencyId() {
        return agencyId;
    }

    MonthDay day() {
        return MonthDay.of(dueMonth, dueDay);
    }

    void change(MonthDay day) {
        this.dueMonth = day.getMonthValue();
        this.dueDay = day.getDayOfMonth();
    }
}
