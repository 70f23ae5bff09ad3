package cn.nianbao.workflow;

/**
 * 撤回: the report went back to {@code withdrawnBy}, who completed the step before; the step that was offered is no
 * longer anyone else's to do.
 */
public record ReportWithdrawn(long reportId, long historyId, String withdrawnBy) {}
