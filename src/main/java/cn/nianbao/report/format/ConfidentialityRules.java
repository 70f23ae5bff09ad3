package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The 保密审查员's assistant on the prose: {@link PrivacyRule}, {@link SecretMarkRule} and {@link LexiconRule} with
 * the 错敏词 list it is given, warnings only.
 */
public final class ConfidentialityRules {

    private final PrivacyRule privacy = new PrivacyRule();
    private final SecretMarkRule secretMarks = new SecretMarkRule();
    private final LexiconRule lexicon;

    public ConfidentialityRules(Lexicon lexicon) {
        this.lexicon = new LexiconRule(lexicon);
    }

    public List<Finding> check(ReportContent content) {
        List<Finding> findings = new ArrayList<>(privacy.check(content));
        findings.addAll(secretMarks.check(content));
        findings.addAll(lexicon.check(content));
        return findings;
    }
}
