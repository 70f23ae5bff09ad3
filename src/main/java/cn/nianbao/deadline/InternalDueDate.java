package cn.nianbao.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.MonthDay;
import java.util.Objects;

/**
 * An agency's own due date for its report on one year, earlier than the legal one: a day of the year after the
 * report's year.
 */
@Entity
@Table(name = "agency_due_date_year")
class InternalDueDate {

    /** The agency and the report year. */
    @Embeddable
    static class Key implements Serializable {

        @Column(name = "agency_id")
        private long agencyId;

        @Column(name = "report_year")
        private int reportYear;

        protected Key() {}

        Key(long agencyId, int reportYear) {
            this.agencyId = agencyId;
            this.reportYear = reportYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.agencyId == agencyId && key.reportYear == reportYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, reportYear);
        }
    }

    @EmbeddedId
    private Key key;

    private int dueMonth;

    private int dueDay;

    protected InternalDueDate() {}

    InternalDueDate(long agencyId, int reportYear, MonthDay day) {
        this.key = new Key(agencyId, reportYear);
        change(day);
    }

    long agencyId() {
        return key.agencyId;
    }

    int reportYear() {
        return key.reportYear;
    }

    AgencyYear report() {
        return new AgencyYear(key.agencyId, key.reportYear);
    }

    MonthDay day() {
        return MonthDay.of(dueMonth, dueDay);
    }

    void change(MonthDay day) {
        this.dueMonth = day.getMonthValue();
        this.dueDay = day.getDayOfMonth();
    }
}
