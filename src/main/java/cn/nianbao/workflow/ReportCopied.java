package cn.nianbao.workflow;

/** 抄送: the report was copied to {@code to} for reading. */
public record ReportCopied(long reportId, long historyId, String to) {}
