package cn.nianbao.report.format;

/** The three groups of table 4 (行政复议, and 行政诉讼 split into 未经复议直接起诉 and 复议后起诉), FORMAT.md §4. */
public enum T4Group {
    REVIEW("review", "行政复议"),
    LIT_DIRECT("lit_direct", "未经复议直接起诉"),
    LIT_AFTER("lit_after", "复议后起诉");

    public static final String LITIGATION = "行政诉讼";

    private final String id;
    private final String label;

    T4Group(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
