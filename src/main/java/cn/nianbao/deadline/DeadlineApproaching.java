package cn.nianbao.deadline;

import cn.nianbao.report.ReportStage;
import java.time.LocalDate;
import java.util.List;

/**
 * Published once per report and due date when the due date is within the reminder period: {@code holders} (user
 * names) hold the report's open task. For whoever tells the people (the notification module).
 */
public record DeadlineApproaching(
        long reportId, long agencyId, ReportStage step, LocalDate dueDate, int workingDaysLeft, List<String> holders) {}
