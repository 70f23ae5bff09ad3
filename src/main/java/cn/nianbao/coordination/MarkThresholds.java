package cn.nianbao.coordination;

/**
 * How many percentage points an agency's disclosure rate and correction rate may differ from its area's before
 * 考核指标 marks it: 1 to 100 each.
 */
public record MarkThresholds(int disclosurePoints, int correctionPoints) {

    public static final MarkThresholds DEFAULT = new MarkThresholds(20, 20);
    static final int MIN = 1;
    static final int MAX = 100;

    /** 公开率 ±20 个百分点，纠错率 ±20 个百分点: as the audit trail records a change. */
    public String describe() {
        return "公开率 ±" + disclosurePoints + " 个百分点，纠错率 ±" + correctionPoints + " 个百分点";
    }
}
