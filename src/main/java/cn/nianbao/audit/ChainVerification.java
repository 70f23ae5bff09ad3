package cn.nianbao.audit;

/**
 * The verifier's answer: how many entries it checked and, when the chain is broken, the first entry where it breaks
 * ({@code brokenEntryId}, null when the break is past the last entry) and why, in Chinese.
 */
public record ChainVerification(long checked, Long brokenEntryId, Long brokenSeq, String reason) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(checked, null, null, null);
    }

    public boolean isIntact() {
        return reason == null;
    }

    /** One line for the auditor. */
    public String summary() {
        if (isIntact()) {
            return "审计日志完整：已校验 " + checked + " 条，哈希链未被篡改。";
        }
        return "审计日志被篡改：" + (brokenEntryId == null ? "" : "第 " + brokenSeq + " 条（编号 " + brokenEntryId + "）") + reason;
    }
}
