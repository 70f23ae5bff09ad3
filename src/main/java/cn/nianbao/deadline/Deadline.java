package cn.nianbao.deadline;

import cn.nianbao.base.ChinaTime;
import java.time.LocalDate;

/**
 * A report's due date as it stands today: the calendar days left (negative once overdue), the working days left
 * (after today, up to and including the due date) and, once overdue, the working days since (after the due date, up
 * to and including today). Working days are the unit shown everywhere (待办, 辖区进度, its export, the messages);
 * an overdue one also says the calendar days, labelled. Due soon means within the reminder period and not yet
 * overdue. {@code weekdaysAssumed}: the days left run into a year whose holidays are not entered, counted Monday to
 * Friday.
 */
public record Deadline(
        LocalDate dueDate,
        long daysLeft,
        int workingDaysLeft,
        int workingDaysOverdue,
        boolean dueSoon,
        boolean weekdaysAssumed) {

    public static final String WEEKDAYS_ASSUMED = "（按周一至周五计算）";

    public boolean overdue() {
        return daysLeft < 0;
    }

    public long daysOverdue() {
        return Math.max(0, -daysLeft);
    }

    /** 2026年1月31日 */
    public String dueOn() {
        return ChinaTime.DATE.format(dueDate);
    }

    /** 已逾期 3 个工作日（7 天） / 今天到期 / 剩余 2 个工作日 / 剩余 20 个工作日（按周一至周五计算） */
    public String standing() {
        if (overdue()) {
            return overdueBy();
        }
        return daysLeft == 0 ? "今天到期" : "剩余 " + workingDaysLeft + " 个工作日" + (weekdaysAssumed ? WEEKDAYS_ASSUMED : "");
    }

    /** 已逾期 3 个工作日（7 天）: working days first, the calendar days labelled beside them. */
    public String overdueBy() {
        return "已逾期 " + workingDaysOverdue + " 个工作日（" + daysOverdue() + " 天）";
    }
}
