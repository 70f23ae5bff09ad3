package cn.nianbao.agency;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What kind of agency publishes the report; it decides the legal due date (条例 第五十条, DOMAIN.md): a government's
 * departments publish by 31 January, the government itself by 31 March, each for the year before.
 */
public enum AgencyKind {
    GOVERNMENT("人民政府", MonthDay.of(3, 31)),
    DEPARTMENT("政府部门", MonthDay.of(1, 31));

    private final String label;
    private final MonthDay dueDay;

    AgencyKind(String label, MonthDay dueDay) {
        this.label = label;
        this.dueDay = dueDay;
    }

    public String label() {
        return label;
    }

    /** The date by which the report on {@code reportYear} must be published. */
    public LocalDate dueDateFor(int reportYear) {
        return dueDay.atYear(reportYear + 1);
    }
}
