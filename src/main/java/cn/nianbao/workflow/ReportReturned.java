package cn.nianbao.workflow;

import cn.nianbao.report.ReportStage;

/** 退回修改: the report went back to {@code to}, to the person who did that step last; the opinion is in the history. */
public record ReportReturned(long reportId, long historyId, ReportStage to, String returnedTo) {}
