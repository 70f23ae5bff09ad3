package cn.nianbao.report;

/** Where a report stands on its way to the public. */
public enum ReportStage {
    DRAFTING("起草"),
    SECRECY_REVIEW("保密审查"),
    SUPERVISOR_REVIEW("分管领导审核"),
    LEAD_SIGNOFF("主要领导签发"),
    PUBLISHING("发布中"),
    PUBLISHED("已发布"),
    /** Published elsewhere before this system, read in as the base for the next year's cross-year checks. */
    IMPORTED("已导入（外部发布）");

    private final String label;

    ReportStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
