package cn.nianbao.deadline;

import java.time.LocalDate;

/**
 * When a report was first published against its legal due date. Late means published after the due date, counted
 * in the working days after it up to the day of publication: the regulation says 1月31日前 and does not move a date
 * that falls on a weekend, so a report due on Saturday and published on Monday is one working day late.
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
