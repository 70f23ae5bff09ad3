package cn.nianbao.report.format;

/** What a table cell may hold: a count (integer ≥ 0) or the fee amount (decimal ≥ 0 in 万元, up to 6 decimals). */
public enum CellKind {
    COUNT,
    AMOUNT_WAN
}
