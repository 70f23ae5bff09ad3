package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * NUMBERING (docs/RULES.md): the six sections numbered 一 to 六 in that order, each heading with its own numeral. An
 * error naming the heading expected and the heading written: 「四、存在的主要问题及改进情况」 (section 五 numbered
 * 四, the numbering restarting, a table's section numbered as another part, 其他需要报告的事项 not sixth) or the
 * headings in another order. Whether a heading is there at all is {@link ShapeRule SHAPE}'s.
 *
 * <p>It applies where the headings are read from a published report ({@code report/format/reading}). A report drafted
 * in this system is checked with {@link ReportStructure#complete()}: its headings are the fixed official ones, in
 * order, so the rule never fires in the editor, and there is nothing the drafter could fix.
 */
public final class NumberingRule {

    public static final String RULE = "NUMBERING";

    private static final String NUMERALS = "一二三四五六七八九";
    private static final Pattern NUMERAL = Pattern.compile("^([一二三四五六七八九十]+)\\.");

    public List<Finding> check(ReportStructure structure) {
        List<Finding> findings = new ArrayList<>();
        List<Section> headings = structure.headings();
        int previous = 0;
        for (int i = 0; i < headings.size(); i++) {
            Section section = headings.get(i);
            String written = structure.writtenHeadings().get(i).strip();
            int numeral = numeral(written);
            if (numeral != section.ordinal() + 1) {
                findings.add(error(
                        section,
                        written,
                        "第" + numeralOf(section) + "部分应为「" + section.heading() + "」，此处为「" + written + "」"
                                + (numeral > 0 && numeral <= previous ? "（编号在此重新开始或重复）" : "")
                                + (section == Section.S6 ? "；其他需要报告的事项是第六部分" : "") + "。"));
            }
            previous = Math.max(previous, numeral);
        }
        for (int i = 1; i < headings.size(); i++) {
            if (headings.get(i).ordinal() <= headings.get(i - 1).ordinal()) {
                findings.add(error(
                        headings.get(i),
                        structure.writtenHeadings().get(i).strip(),
                        "标题次序不对：写作 "
                                + structure.writtenHeadings().stream()
                                        .map(h -> "「" + h.strip() + "」")
                                        .collect(Collectors.joining("、"))
                                + "，应按一至六的次序各出现一次"
                                + (headings.contains(Section.S6) && headings.getLast() != Section.S6
                                        ? "，「" + Section.S6.heading() + "」在最后"
                                        : "")
                                + "。"));
                break;
            }
        }
        return findings;
    }

    /** The value of the heading's leading numeral (四 → 4, 十一 → 11), 0 when it has none. */
    static int numeral(String heading) {
        Matcher m = NUMERAL.matcher(Labels.normalize(heading));
        if (!m.find()) {
            return 0;
        }
        String digits = m.group(1);
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digits.length() == 1 ? NUMERALS.indexOf(digits.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(digits.charAt(0)) + 1;
        int units = ten == digits.length() - 1 ? 0 : NUMERALS.indexOf(digits.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    private static String numeralOf(Section section) {
        return section.heading().substring(0, 1);
    }

    /**
     * Where it stands: the heading is not in the section's text, so the place is the start of the text under it (an
     * empty span), shown as the heading written.
     */
    private static Finding error(Section section, String written, String message) {
        return new Finding(Severity.ERROR, RULE, List.of(), message, Optional.of(new TextSpan(section, 0, 0, written)));
    }
}
