package cn.nianbao.deadline;

/** An agency's report on a year: what a due date belongs to. */
public record AgencyYear(long agencyId, int year) {}
