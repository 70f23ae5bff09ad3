package cn.nianbao.report.format;

import java.util.Arrays;
import java.util.List;

/** The four blocks of table 2, each headed by a caption row naming the article item of 条例第二十条. */
public enum T2Block {
    ITEM_1("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数")),
    ITEM_5("第二十条第（五）项", List.of("本年处理决定数量")),
    ITEM_6("第二十条第（六）项", List.of("本年处理决定数量")),
    ITEM_8("第二十条第（八）项", List.of("本年收费金额（单位：万元）"));

    public static final String HEADER_LABEL = "信息内容";
    /** The label column and three value columns; the caption row spans all four. */
    public static final int COLUMNS = 4;

    private final String caption;
    private final List<String> columnLabels;

    T2Block(String caption, List<String> columnLabels) {
        this.caption = caption;
        this.columnLabels = columnLabels;
    }

    public String caption() {
        return caption;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    /** How many of the three value columns each of this block's value cells (and its column label) spans. */
    public int valueWidth() {
        return (COLUMNS - 1) / columnLabels.size();
    }

    /** Row labels in order, each with its cells in column order. */
    public List<String> rowLabels() {
        return Arrays.stream(T2Cell.values())
                .filter(c -> c.block() == this)
                .map(T2Cell::rowLabel)
                .distinct()
                .toList();
    }

    public List<T2Cell> cellsOfRow(String rowLabel) {
        return Arrays.stream(T2Cell.values())
                .filter(c -> c.block() == this && c.rowLabel().equals(rowLabel))
                .toList();
    }
}
