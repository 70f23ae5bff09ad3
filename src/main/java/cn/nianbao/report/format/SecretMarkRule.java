package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SECRET-MARK (docs/RULES.md): 密级 markings and document numbers of internal or classified documents in the prose,
 * each a warning with its place. A marking is recognised by its form, not by the word alone, because the words have
 * ordinary uses in every report (「属于国家秘密」, 《保守国家秘密法》, 「杜绝涉密信息外泄」, 「敏感词」, 「敏感性分析」):
 * <ul>
 * <li>绝密 / 机密 / 秘密 with ★, with or without a 保密期限 (秘密★5年, 机密★长期), and ★ with a 保密期限 alone;</li>
 * <li>密级：…;</li>
 * <li>内部资料 and 内部使用 anywhere: a public report has no ordinary use for them;</li>
 * <li>绝密, 机密, 秘密, 涉密, 不宜公开, 工作秘密, 敏感 (and the two above) where a marking stands: alone on a line, or
 * several of them on a line (「内部资料 秘密」), at the start of a line before a space or ★, or in brackets
 * (【内部资料】, （涉密）);</li>
 * <li>document numbers marked 〔内〕 (X政办〔内〕3号) or 密 (X政密〔2024〕3号, 〔2024〕密3号); the highlight is on the
 * marked part (〔内〕3号, 密〔2024〕3号), the issuer's abbreviation cannot be told from the word before it.</li>
 * </ul>
 */
public final class SecretMarkRule {

    public static final String RULE = "SECRET-MARK";

    private static final String TERM = "内部资料|内部使用|工作秘密|不宜公开|绝密|机密|秘密|涉密|敏感";
    private static final String PERIOD = "(?:\\d+|[一二三四五六七八九十]+)\\s*(?:年|个月)|长期";
    private static final String OPEN = "[【〔［\\[（(「『<《]";
    private static final String CLOSE = "[】〕］\\]）)」』>》]";

    private record Form(String kind, Pattern pattern) {}

    private static final List<Form> FORMS = List.of(
            new Form("密级标志", Pattern.compile("(?:绝密|机密|秘密)\\s*★\\s*(?:" + PERIOD + ")?")),
            new Form("密级标志", Pattern.compile("★\\s*(?:" + PERIOD + ")")),
            new Form("密级标志", Pattern.compile("密级\\s*[:：]\\s*[\\u4e00-\\u9fa5★\\d]{0,8}")),
            new Form("内部标志", Pattern.compile("内部资料|内部使用")),
            new Form(
                    "密级或内部标志",
                    Pattern.compile(
                            "(?m)^[\\s\\p{Punct}、·]*(?:" + TERM + ")(?:[\\s、·/|]*(?:" + TERM + "))*[\\s。．.]*$")),
            new Form("密级或内部标志", Pattern.compile("(?m)^\\s*(?:" + TERM + ")(?=[ \\t　★])")),
            new Form("密级或内部标志", Pattern.compile(OPEN + "\\s*(?:" + TERM + ")\\s*" + CLOSE)),
            new Form("内部文件的文号", Pattern.compile("[〔\\[［【]内[〕\\]］】]\\s*第?\\d*号?")),
            new Form("涉密文件的文号", Pattern.compile("(?<=[\\u4e00-\\u9fa5])密[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*第?\\d+号")),
            new Form("涉密文件的文号", Pattern.compile("[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*密\\s*第?\\d+号")));

    private record Hit(int start, int end, String kind) {}

    public List<Finding> check(ReportContent content) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : Section.values()) {
            findings.addAll(scan(section, content.text(section)));
        }
        return findings;
    }

    public List<Finding> scan(Section section, String text) {
        List<Hit> hits = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                Hit hit = trimmed(text, m.start(), m.end(), form.kind());
                if (hit.end() > hit.start()) {
                    hits.removeIf(h -> hit.start() <= h.start() && h.end() <= hit.end() && !h.equals(hit));
                    if (hits.stream().noneMatch(h -> h.start() < hit.end() && hit.start() < h.end())) {
                        hits.add(hit);
                    }
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Finding> findings = new ArrayList<>();
        for (Hit hit : hits) {
            String shown = text.substring(hit.start(), hit.end());
            findings.add(Finding.warningAt(
                    RULE,
                    new TextSpan(section, hit.start(), hit.end(), shown),
                    "正文「" + section.heading() + "」第 " + (hit.start() + 1) + " 字处有" + hit.kind() + "“" + shown
                            + "”，公开的年报不应含涉密或内部内容，请核实并删除。"));
        }
        return findings;
    }

    /** The match without the spaces and line punctuation around it, so that the highlight is on the marking. */
    private static Hit trimmed(String text, int start, int end, String kind) {
        while (start < end && isFiller(text.charAt(start))) {
            start++;
        }
        while (end > start && isFiller(text.charAt(end - 1))) {
            end--;
        }
        return new Hit(start, end, kind);
    }

    private static boolean isFiller(char c) {
        return Character.isWhitespace(c) || c == '　' || c == '。' || c == '、' || c == '·' || c == '.';
    }
}
