package cn.nianbao.report.format;

/** The ten value cells of table 2 (主动公开政府信息情况), with the ids of FORMAT.md §2. */
public enum T2Cell {
    RULES_ISSUED("t2.rules.issued", T2Block.ITEM_1, "规章", "本年制发件数"),
    RULES_REPEALED("t2.rules.repealed", T2Block.ITEM_1, "规章", "本年废止件数"),
    RULES_VALID("t2.rules.valid", T2Block.ITEM_1, "规章", "现行有效件数"),
    NORMATIVE_ISSUED("t2.normative.issued", T2Block.ITEM_1, "行政规范性文件", "本年制发件数"),
    NORMATIVE_REPEALED("t2.normative.repealed", T2Block.ITEM_1, "行政规范性文件", "本年废止件数"),
    NORMATIVE_VALID("t2.normative.valid", T2Block.ITEM_1, "行政规范性文件", "现行有效件数"),
    LICENSE_DECISIONS("t2.license.decisions", T2Block.ITEM_5, "行政许可", "本年处理决定数量"),
    PENALTY_DECISIONS("t2.penalty.decisions", T2Block.ITEM_6, "行政处罚", "本年处理决定数量"),
    COERCION_DECISIONS("t2.coercion.decisions", T2Block.ITEM_6, "行政强制", "本年处理决定数量"),
    FEES_AMOUNT("t2.fees.amount_wan", T2Block.ITEM_8, "行政事业性收费", "本年收费金额（单位：万元）");

    private final String id;
    private final T2Block block;
    private final String rowLabel;
    private final String columnLabel;

    T2Cell(String id, T2Block block, String rowLabel, String columnLabel) {
        this.id = id;
        this.block = block;
        this.rowLabel = rowLabel;
        this.columnLabel = columnLabel;
    }

    public String id() {
        return id;
    }

    public T2Block block() {
        return block;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public String columnLabel() {
        return columnLabel;
    }

    public CellKind kind() {
        return this == FEES_AMOUNT ? CellKind.AMOUNT_WAN : CellKind.COUNT;
    }
}
