package cn.nianbao.agency;

/** An agency as other modules see it. */
public record AgencySummary(long id, String name, AgencyKind kind, Long parentId) {}
