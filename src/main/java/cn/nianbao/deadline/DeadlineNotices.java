package cn.nianbao.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which reminders and escalations went out, so that each goes out once per report and due date, however
 * often the job runs and on however many nodes: the first to insert the row sends, every other one finds it there.
 */
@Service
public class DeadlineNotices {

    public enum Kind {
        REMINDER,
        ESCALATION
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadlineNotices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the one caller that records this notice first; joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstTime(long reportId, Kind kind, LocalDate dueDate) {
        try {
            return jdbc.update(
                            "insert into deadline_notice (report_id, kind, due_date, sent_at) values (?, ?, ?, ?)",
                            reportId,
                            kind.name(),
                            dueDate,
                            Timestamp.from(clock.instant()))
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
