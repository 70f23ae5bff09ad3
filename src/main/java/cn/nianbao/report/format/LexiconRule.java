package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * LEXICON (docs/RULES.md): each occurrence in the prose of a word of the 错敏词 list, a warning with the word, its
 * reason and its place. Chinese has no spaces between words, so a "whole word" is decided by the list itself: an
 * occurrence inside one of the entry's 例外 (「文化部门」, 「原文化部」 for 「文化部」) raises nothing, and where two
 * listed words overlap only the longer one (the one starting first, if as long) is reported.
 */
public final class LexiconRule {

    public static final String RULE = "LEXICON";

    private final Lexicon lexicon;

    public LexiconRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private record Hit(int start, int end, LexiconEntry entry) {}

    public List<Finding> check(ReportContent content) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : Section.values()) {
            findings.addAll(scan(section, content.text(section)));
        }
        return findings;
    }

    public List<Finding> scan(Section section, String text) {
        List<Hit> candidates = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            String word = entry.word();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (!entry.excepted(text, at)) {
                    candidates.add(new Hit(at, at + word.length(), entry));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start())
                .reversed()
                .thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : candidates) {
            if (kept.stream().noneMatch(k -> k.start() < hit.end() && hit.start() < k.end())) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        List<Finding> findings = new ArrayList<>();
        for (Hit hit : kept) {
            String word = hit.entry().word();
            findings.add(Finding.warningAt(
                    RULE,
                    new TextSpan(section, hit.start(), hit.end(), word),
                    "正文「" + section.heading() + "」第 " + (hit.start() + 1) + " 字处有错敏词“" + word + "”："
                            + hit.entry().reason()));
        }
        return findings;
    }
}
