package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * REPEAT (docs/RULES.md), a warning: a section's text is at least half the same as the same section of the agency's
 * report of the year before, measured by {@link Shingles} (runs of 8 characters, years, figures and punctuation not
 * counted), so assessors' 「照搬上年」 is caught before they see it. The finding names the section and the share, and
 * marks every repeated passage: {@link Finding#text()} the longest, {@link Finding#passages()} all of them. A section
 * shorter than {@link #SHORTEST} characters once reduced (「本年度无收取信息处理费情况。」) is left alone: a
 * standard sentence may rightly stay the same every year.
 */
public final class RepeatRule {

    public static final String RULE = "REPEAT";

    /** At least half the same. */
    static final int THRESHOLD_PERCENT = 50;

    /** Below this many characters (punctuation and figures left out) a section is a set phrase, not a text. */
    static final int SHORTEST = 60;

    private static final int SHOWN = 20;
    private static final String NUMERALS = "一二三四五六";

    public List<Finding> check(ReportContent thisYear, ReportContent lastYear) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : Section.values()) {
            String text = thisYear.text(section);
            if (Shingles.reduce(text).chars().length() < SHORTEST) {
                continue;
            }
            Shingles.Overlap overlap = Shingles.overlap(text, lastYear.text(section));
            if (overlap.total() == 0 || 100L * overlap.shared() < (long) THRESHOLD_PERCENT * overlap.total()) {
                continue;
            }
            List<TextSpan> passages = overlap.passages().stream()
                    .map(p -> new TextSpan(section, p[0], p[1], shown(text.substring(p[0], p[1]))))
                    .toList();
            TextSpan longest = passages.stream()
                    .max(Comparator.comparingInt(p -> p.end() - p.start()))
                    .orElseThrow();
            findings.add(Finding.warningAt(
                    RULE,
                    longest,
                    passages,
                    "第" + NUMERALS.charAt(section.ordinal()) + "部分「"
                            + section.heading().substring(2) + "」与上一年报告相同部分约占 "
                            + overlap.percent() + "%（按连续" + Shingles.N + "字片段计，不计年份、数字和标点），共 " + passages.size()
                            + " 处与上一年相同，请按本年度的情况改写。"));
        }
        return findings;
    }

    /** The passage as a screen or a JSON line may show it: its first characters. */
    private static String shown(String passage) {
        String flat = passage.replace('\n', ' ').strip();
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
    }
}
