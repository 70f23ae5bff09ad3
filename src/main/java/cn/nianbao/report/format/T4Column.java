package cn.nianbao.report.format;

/** The five columns of each group of table 4. */
public enum T4Column {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private final String id;
    private final String label;

    T4Column(String id, String label) {
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
