package cn.nianbao.deadline;

import cn.nianbao.base.ChinaTime;
import java.time.LocalDate;

/**
 * A report's due date as it stands today: the calendar days left (negative once overdue) and the working days left
 * (after today, up to and including the due date). Due soon means within the reminder period and not yet overdue.
 */
public record Deadline(LocalDate dueDate, long daysLeft, int workingDaysLeft, boolean dueSoon) {

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

    /** 已逾期 3 天 / 今天到期 / 剩余 2 个工作日 */
    public String standing() {
        if (overdue()) {
            return "已逾期 " + daysOverdue() + " 天";
        }
        return daysLeft == 0 ? "今天到期" : "剩余 " + workingDaysLeft + " 个工作日";
    }
}
