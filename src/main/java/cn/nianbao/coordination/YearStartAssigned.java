package cn.nianbao.coordination;

/**
 * The year start created {@code reportId} on {@code year} and gave its 起草 task to {@code handler}; published in the
 * transaction that created it, so the handler hears of it (新待办) only once it is there.
 */
public record YearStartAssigned(long reportId, int year, String handler, String startedBy) {}
