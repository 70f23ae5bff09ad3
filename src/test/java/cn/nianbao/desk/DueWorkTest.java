package cn.nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.deadline.Deadline;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.WorkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 待办's order: the nearest due date first (overdue ones are nearest), corrections without a date last. */
class DueWorkTest {

    @Test
    void the_nearest_due_date_comes_first_then_the_newest_task_and_tasks_without_a_date_last() {
        DueWork correction = due("correction", 1, null);
        DueWork laterDue = due("later", 5, LocalDate.of(2027, 1, 31));
        DueWork overdueOld = due("overdue-old", 1, LocalDate.of(2026, 1, 31));
        DueWork overdueNew = due("overdue-new", 9, LocalDate.of(2026, 1, 31));

        assertThat(List.of(correction, laterDue, overdueOld, overdueNew).stream()
                        .sorted(DueWork.BY_URGENCY)
                        .map(w -> w.item().taskId()))
                .containsExactly("overdue-new", "overdue-old", "later", "correction");
    }

    private static DueWork due(String taskId, long arrivedSecond, LocalDate dueDate) {
        WorkItem item = new WorkItem(
                taskId,
                ReportStage.SECRECY_REVIEW,
                new ReportRef(1, 2, 2025, 1, "报告"),
                Instant.ofEpochSecond(arrivedSecond),
                WorkItem.Holding.OFFERED,
                null);
        return new DueWork(item, dueDate == null ? null : new Deadline(dueDate, 0, 0, 0, false, false));
    }
}
