package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;

/** The 保密审查员's assistant on the prose: {@link PrivacyRule} and {@link SecretMarkRule}, warnings only. */
public final class ConfidentialityRules {

    private final PrivacyRule privacy = new PrivacyRule();
    private final SecretMarkRule secretMarks = new SecretMarkRule();

    public List<Finding> check(ReportContent content) {
        List<Finding> findings = new ArrayList<>(privacy.check(content));
        findings.addAll(secretMarks.check(content));
        return findings;
    }
}
