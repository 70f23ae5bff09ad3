package cn.nianbao.report;

import java.time.Instant;

/** A report in someone's 抄送我的 list: which, from whom, when, with the sender's 附言 (null when none). */
public record CopiedReport(long reportId, String title, String copiedByName, Instant copiedAt, String remark) {}
