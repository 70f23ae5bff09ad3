package cn.nianbao.report;

/** Where a report stands on its way to the public. */
public enum ReportStage {
    DRAFTING("起草"),
    SECRECY_REVIEW("保密审查"),
    SUPERVISOR_REVIEW("分管领导审核"),
    LEAD_SIGNOFF("主要领导签发"),
    PUBLISHING("发布中"),
    PUBLISHED("已发布"),
    /** Published, and a correction (the next edition) is on its way through the chain. */
    CORRECTING("更正中"),
    /** Published once, then replaced by a published correction; still readable on the portal. */
    SUPERSEDED("已被更正"),
    /** Published elsewhere before this system, read in as the base for the next year's cross-year checks. */
    IMPORTED("已导入（外部发布）");

    private final String label;

    ReportStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As shown for a given edition: a correction (edition 2 and more) still in the chain reads 更正中 with its step. */
    public String label(int edition) {
        return edition > 1 && ordinal() <= PUBLISHING.ordinal() ? CORRECTING.label + "（" + label + "）" : label;
    }
}
