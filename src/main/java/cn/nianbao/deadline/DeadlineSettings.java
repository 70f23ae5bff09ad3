package cn.nianbao.deadline;

import cn.nianbao.base.Crons;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.deadlines.remind-working-days}: how many working days before the due date the holder is reminded
 * (and the inbox marks a task as due soon), 3 unless configured; {@code nianbao.deadlines.cron}: when the daily scan
 * runs, China time (08:00; {@code -} turns it off).
 */
@ConfigurationProperties("nianbao.deadlines")
public record DeadlineSettings(Integer remindWorkingDays, String cron) {

    public DeadlineSettings {
        if (remindWorkingDays == null) {
            remindWorkingDays = 3;
        }
        if (remindWorkingDays < 0 || remindWorkingDays > 60) {
            throw new IllegalArgumentException(
                    "nianbao.deadlines.remind-working-days 为 " + remindWorkingDays + "：须在 0 到 60 个工作日之间。");
        }
        cron = Crons.require("nianbao.deadlines.cron", cron, "0 0 8 * * *");
    }
}
