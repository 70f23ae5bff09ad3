package cn.nianbao.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.deadlines.remind-working-days}: how many working days before the due date the holder is reminded
 * (and the inbox marks a task as due soon); 3 unless configured.
 */
@ConfigurationProperties("nianbao.deadlines")
public record DeadlineSettings(Integer remindWorkingDays) {

    public DeadlineSettings {
        if (remindWorkingDays == null) {
            remindWorkingDays = 3;
        }
    }
}
