package cn.nianbao.report.format;

/** An error blocks submission and publication; a warning must be acknowledged. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
