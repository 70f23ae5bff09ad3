package cn.nianbao.workflow;

import java.util.List;

/** 催办: {@code holders} hold (or may take) the report's open step and are reminded; the text is in the history. */
public record ReportUrged(long reportId, long historyId, List<String> holders) {}
