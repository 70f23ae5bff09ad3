package cn.nianbao.report;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.PrivacyRule;
import cn.nianbao.report.format.SecretMarkRule;
import cn.nianbao.report.format.TextSpan;
import java.time.Instant;
import java.util.Optional;

/**
 * A finding the 保密审查员 must mark before 通过 (PRIVACY, SECRET-MARK, LEXICON), where it stands in the text, and
 * its mark if it has one. {@code key} names it across rounds ({@link FindingKeys}).
 */
public record ReviewFinding(String key, Finding finding, TextSpan span, Optional<Mark> mark) {

    /** The longest note a mark keeps (the column's width). */
    public static final int MAX_NOTE = 500;

    public record Mark(MarkKind kind, String note, String actorName, Instant markedAt) {}

    /** The rule in the reviewer's words. */
    public String ruleLabel() {
        return FindingKeys.ruleLabel(finding.rule());
    }

    public boolean isMarked() {
        return mark.isPresent();
    }

    public boolean isMarked(MarkKind kind) {
        return mark.filter(m -> m.kind() == kind).isPresent();
    }

    /** The finding as a return opinion, e.g. 「第二部分：“内部资料”为涉密或内部标识，请删除。」 */
    public String returnOpinion() {
        String where = "第" + span.section().heading().substring(0, 1) + "部分：“" + span.shown() + "”";
        return where
                + switch (finding.rule()) {
                    case PrivacyRule.RULE -> "属于个人信息，请删除或隐去。";
                    case SecretMarkRule.RULE -> "为涉密或内部标识，请删除。";
                    default -> "为错敏词，请修改。";
                };
    }

    /** 「个人信息“4101**********1234”（二、主动公开政府信息情况）」: how the history and refusals name it. */
    public String describe() {
        return ruleLabel() + "“" + span.shown() + "”（" + span.section().heading() + "）";
    }
}
