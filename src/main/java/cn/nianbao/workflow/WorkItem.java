package cn.nianbao.workflow;

import cn.nianbao.deadline.Deadline;
import cn.nianbao.report.ReportStage;
import java.time.Instant;
import java.util.Comparator;

/**
 * An open task in someone's 待办 inbox: which report, at which step, since when, and by when the report is due
 * ({@code deadline} is null for a correction, which has no due date).
 */
public record WorkItem(String taskId, ReportStage step, long reportId, String reportTitle, Instant arrivedAt,
        Deadline deadline) {

    /** Overdue first, then the nearest due date; tasks without a due date last; the newest first among equals. */
    public static final Comparator<WorkItem> BY_URGENCY = Comparator
            .comparing((WorkItem w) -> w.deadline() == null ? null : w.deadline().dueDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::arrivedAt, Comparator.reverseOrder());
}
