package cn.nianbao.report.lexicon;

import cn.nianbao.report.format.Lexicon;
import java.util.List;

/** One 错敏词 as the 安全管理员's screen lists it. */
public record LexiconRow(long id, String word, String reason, List<String> exceptions) {

    public LexiconRow {
        exceptions = List.copyOf(exceptions);
    }

    /** The 例外 as they are typed and shown: 「原文化部、文化部门」. */
    public String exceptionsText() {
        return String.join(Lexicon.SEPARATOR, exceptions);
    }
}
