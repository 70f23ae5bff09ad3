package cn.nianbao.desk;

import cn.nianbao.deadline.Deadline;
import cn.nianbao.workflow.WorkItem;
import java.util.Comparator;

/**
 * A task of the 待办 list with the due date of its report ({@code deadline} is null for a correction, which has no due
 * date).
 */
public record DueWork(WorkItem item, Deadline deadline) {

    /** Overdue first, then the nearest due date; tasks without a due date last; the newest first among equals. */
    public static final Comparator<DueWork> BY_URGENCY = Comparator.comparing(
                    (DueWork w) -> w.deadline() == null ? null : w.deadline().dueDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(w -> w.item().arrivedAt(), Comparator.reverseOrder());

    public long reportId() {
        return item.reportId();
    }
}
