package cn.nianbao.deadline;

import java.time.LocalDate;

/**
 * When a report was first published against its legal due date. Late means published on a working day after the
 * due date (a due date on a holiday runs on to the next working day), counted in working days.
 */
public record PublicationTiming(LocalDate legalDueDate, LocalDate publishedOn, int workingDaysLate) {

    public boolean late() {
        return workingDaysLate > 0;
    }

    /** 按时发布 / 逾期 3 个工作日发布 */
    public String label() {
        return late() ? "逾期 " + workingDaysLate + " 个工作日发布" : "按时发布";
    }
}
