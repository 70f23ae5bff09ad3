package cn.nianbao.coordination;

/**
 * One column of one agency's table 3 where this year's 上年结转 is not last year's 结转下年度继续办理 (XY-CARRY).
 */
public record CarryMismatch(
        long agencyId, String agencyName, long reportId, String column, long carriedIn, long lastYearCarriedOut) {}
