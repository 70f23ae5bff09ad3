package cn.nianbao.deadline;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many working days before the due date the holder is reminded (and 待办 marks a task due soon): set by the
 * 系统管理员 on 期限设置, else {@code nianbao.deadlines.remind-working-days}. Kept in memory, read again every minute,
 * so that counting many deadlines costs no query and another node's change arrives within a minute.
 */
@Service
public class ReminderDays {

    static final String NAME = "remind-working-days";
    public static final int MAX = 60;

    private final JdbcTemplate jdbc;
    private final DeadlineSettings settings;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private volatile Integer current;

    ReminderDays(JdbcTemplate jdbc, DeadlineSettings settings, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    public int current() {
        Integer known = current;
        return known != null ? known : reload();
    }

    /** The configured default, for the screen to say what applies without a setting. */
    public int configured() {
        return settings.remindWorkingDays();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    int reload() {
        List<Integer> stored =
                jdbc.queryForList("select int_value from deadline_setting where name = ?", Integer.class, NAME);
        int value = stored.isEmpty() ? settings.remindWorkingDays() : stored.getFirst();
        current = value;
        return value;
    }

    @Transactional
    public void set(Integer days) {
        if (!currentActor.require().has(Role.SYSTEM_ADMIN)) {
            throw new CalendarChangeException("只有系统管理员可以设置提醒天数。");
        }
        if (days == null || days < 0 || days > MAX) {
            throw new CalendarChangeException("提醒天数须为 0 到 " + MAX + " 之间的整数（工作日）。");
        }
        int before = current();
        if (jdbc.update("update deadline_setting set int_value = ? where name = ?", days, NAME) == 0) {
            jdbc.update("insert into deadline_setting (name, int_value) values (?, ?)", NAME, days);
        }
        audit.record(DeadlineAudit.REMINDER_DAYS_CHANGED, "提醒天数", before + " 个工作日", days + " 个工作日");
        current = days;
    }
}
