package cn.nianbao.admin;

import cn.nianbao.agency.AgencyKind;

/** An agency as the administration screens list it; {@code firstReportYear} null: it reports on every year. */
public record AgencyRow(long id, String code, String name, AgencyKind kind, Long parentId, Integer firstReportYear) {}
