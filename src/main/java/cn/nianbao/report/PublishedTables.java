package cn.nianbao.report;

import cn.nianbao.report.format.ReportTables;

/** One agency's tables as its current public edition holds them (with the totals computed where left blank). */
public record PublishedTables(long agencyId, String agencyName, ReportTables tables) {}
