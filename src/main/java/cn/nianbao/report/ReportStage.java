package cn.nianbao.report;

import java.util.List;

/** Where a report stands on its way to the public. */
public enum ReportStage {
    DRAFTING("起草"),
    SECRECY_REVIEW("保密审查"),
    SUPERVISOR_REVIEW("分管领导审核"),
    LEAD_SIGNOFF("主要领导签发"),
    /** 先备案后公布: signed off, waiting for the 主管部门 above the agency to file it (only where the area requires it). */
    FILING("主管部门备案"),
    PUBLISHING("发布中"),
    PUBLISHED("已发布"),
    /** Published, and a correction (the next edition) is on its way through the chain. */
    CORRECTING("更正中"),
    /** Published once, then replaced by a published correction; still readable on the portal. */
    SUPERSEDED("已被更正"),
    /** Published elsewhere before this system, read in as the base for the next year's cross-year checks. */
    IMPORTED("已导入（外部发布）");

    /** The steps of the approval chain in their order: 起草 and the three reviews. */
    public static final List<ReportStage> CHAIN = List.of(DRAFTING, SECRECY_REVIEW, SUPERVISOR_REVIEW, LEAD_SIGNOFF);

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

    /**
     * Whether the edition is the public one of its year (or was published elsewhere and read in): what the portal,
     * the area's sums and next year's cross-year checks count.
     */
    public boolean isPublic() {
        return this == PUBLISHED || this == CORRECTING || this == IMPORTED;
    }

    /** Whether the report is at a step of the approval chain (备案 included), waiting for a person. */
    public boolean isInChain() {
        return CHAIN.contains(this) || this == FILING;
    }

    /** The step before this one in the chain; only for a review step. */
    public ReportStage previousInChain() {
        int index = CHAIN.indexOf(this);
        if (index < 1) {
            throw new IllegalArgumentException("no step before " + this);
        }
        return CHAIN.get(index - 1);
    }
}
