package cn.nianbao.workflow;

import cn.nianbao.report.ReportStage;
import java.util.List;

/**
 * A review step of the report was offered to a group: {@code candidates} are the user names that may take it (its
 * role in the report's agency, without whoever drafted or submitted the report). Not published for a return, which
 * goes straight to one person ({@link ReportReturned}).
 */
public record StepOffered(long reportId, ReportStage step, List<String> candidates) {}
