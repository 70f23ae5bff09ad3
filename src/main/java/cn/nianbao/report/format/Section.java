package cn.nianbao.report.format;

/** The six sections of the report, in their fixed order, with the official headings (FORMAT.md §1). */
public enum Section {
    S1("一、总体情况"),
    S2("二、主动公开政府信息情况"),
    S3("三、收到和处理政府信息公开申请情况"),
    S4("四、政府信息公开行政复议、行政诉讼情况"),
    S5("五、存在的主要问题及改进情况"),
    S6("六、其他需要报告的事项");

    private final String heading;

    Section(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
