package cn.nianbao.workflow;

import cn.nianbao.report.ReportStage;
import java.time.Instant;

/** An open task in someone's 待办 inbox: which report, at which step, since when. */
public record WorkItem(String taskId, ReportStage step, long reportId, String reportTitle, Instant arrivedAt) {
}
