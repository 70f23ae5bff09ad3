package cn.nianbao.report.format.reading;

/** Which national format a published report follows, as far as its tables show it. */
public enum FormatVersion {
    /** 国办公开办函〔2021〕30号, for reports on 2021 and later. */
    F2021("2021"),
    /** The trial format of 国办公开办函〔2019〕60号: 2019-style table 2, single-row 「（六）其他处理」. */
    F2019("2019"),
    /** No table that tells the format apart was found. */
    UNKNOWN("unknown");

    private final String code;

    FormatVersion(String code) {
        this.code = code;
    }

    /** As printed by the checker: {@code 2021}, {@code 2019} or {@code unknown}. */
    public String code() {
        return code;
    }
}
