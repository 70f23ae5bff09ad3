package cn.nianbao.report;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.LexiconRule;
import cn.nianbao.report.format.PrivacyRule;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.SecretMarkRule;
import cn.nianbao.report.format.TextSpan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The name of a finding the reviewer marks: rule, section, a hash of the passage as typed and which occurrence of that
 * passage in the section it is (「SECRET-MARK:S2:1f0c…:1」). Not the offset: a finding keeps its mark when text is
 * added or removed elsewhere, and loses it when its own passage changes (then it is another finding). The hash keeps
 * personal data out of the table.
 */
final class FindingKeys {

    static final Set<String> REVIEWED_RULES = Set.of(PrivacyRule.RULE, SecretMarkRule.RULE, LexiconRule.RULE);

    private final ReportContent content;
    private final Map<String, Integer> seen = new HashMap<>();

    FindingKeys(ReportContent content) {
        this.content = content;
    }

    static boolean isReviewed(Finding finding) {
        return REVIEWED_RULES.contains(finding.rule()) && finding.text().isPresent();
    }

    static String ruleLabel(String rule) {
        return switch (rule) {
            case PrivacyRule.RULE -> "个人信息";
            case SecretMarkRule.RULE -> "涉密或内部标识";
            case LexiconRule.RULE -> "错敏词";
            default -> rule;
        };
    }

    /** The key of the next finding, in the order of the text (the same passage twice gets :1 and :2). */
    String next(String rule, TextSpan span) {
        String text = content.text(span.section());
        String passage = text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
        String base = rule + ":" + span.section().name() + ":" + hash(passage);
        return base + ":" + seen.merge(base, 1, Integer::sum);
    }

    private static String hash(String passage) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passage.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
