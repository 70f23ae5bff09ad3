package cn.nianbao.report.format;

import java.util.List;

/**
 * One 错敏词 of the list the 安全管理员 keeps (LEXICON, docs/RULES.md): the word, why it is caught, and its 例外 —
 * longer words that contain it and are fine (「文化部门」 for 「文化部」), where an occurrence raises nothing.
 */
public record LexiconEntry(String word, String reason, List<String> exceptions) {

    public LexiconEntry {
        if (word == null || word.isEmpty() || reason == null) {
            throw new IllegalArgumentException("a lexicon entry needs a word and a reason");
        }
        exceptions = List.copyOf(exceptions);
    }

    /** Whether the occurrence of the word at {@code at} in {@code text} stands inside one of its 例外. */
    boolean excepted(String text, int at) {
        for (String longer : exceptions) {
            for (int k = longer.indexOf(word); k >= 0; k = longer.indexOf(word, k + 1)) {
                int from = at - k;
                if (from >= 0 && text.startsWith(longer, from)) {
                    return true;
                }
            }
        }
        return false;
    }
}
