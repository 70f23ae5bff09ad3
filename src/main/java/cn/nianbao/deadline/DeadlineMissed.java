package cn.nianbao.deadline;

import cn.nianbao.report.ReportStage;
import java.time.LocalDate;
import java.util.List;

/**
 * Published once per report and due date when the due date has passed and the report is not yet published: the
 * matter goes to {@code escalatedTo} (user names: the agency's supervisors, then the coordinators of the agencies
 * above it); {@code holders} hold the open task. {@code overdueBy} says by how much, as everywhere:
 * 已逾期 3 个工作日（7 天）.
 */
public record DeadlineMissed(
        long reportId,
        long agencyId,
        ReportStage step,
        LocalDate dueDate,
        long daysOverdue,
        String overdueBy,
        List<String> holders,
        List<String> escalatedTo) {}
