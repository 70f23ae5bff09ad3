package cn.nianbao.workflow;

import cn.nianbao.report.DraftPart;

/** 分工起草: {@code part} of the draft was handed to {@code owner}, who has a task of their own for it. */
public record PartAssigned(long reportId, long historyId, DraftPart part, String owner, String taskId) {}
