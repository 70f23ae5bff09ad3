package cn.nianbao.report.lexicon;

import cn.nianbao.report.format.Lexicon;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One 错敏词 as the 安全管理员's screen lists it. */
public record LexiconRow(long id, String word, String reason, List<String> exceptions) {

    /** In the order of a Chinese word list (by pinyin), not of the characters' code points. */
    public static final Comparator<LexiconRow> BY_WORD =
            Comparator.comparing(LexiconRow::word, Collator.getInstance(Locale.CHINA));

    public LexiconRow {
        exceptions = List.copyOf(exceptions);
    }

    /** The 例外 as they are typed and shown: 「原文化部、文化部门」. */
    public String exceptionsText() {
        return String.join(Lexicon.SEPARATOR, exceptions);
    }
}
