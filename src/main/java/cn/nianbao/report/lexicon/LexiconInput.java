package cn.nianbao.report.lexicon;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.Lexicon;
import java.util.List;

/** What the 安全管理员 typed for a 错敏词, checked before anything is stored; each refusal says what to change. */
final class LexiconInput {

    static final int WORD_MAX = 30;
    static final int REASON_MAX = 200;
    static final int EXCEPTIONS_MAX = 400;

    private LexiconInput() {}

    static String word(String typed) {
        String word = clean(typed);
        if (word.isEmpty()) {
            throw new LexiconException("请填写错敏词。");
        }
        if (word.length() > WORD_MAX) {
            throw new LexiconException("错敏词最多 " + WORD_MAX + " 个字，现有 " + word.length() + " 个字。");
        }
        if (word.chars().anyMatch(Character::isWhitespace)) {
            throw new LexiconException("错敏词中不能有空格或换行：正文按原样逐字比对。");
        }
        return word;
    }

    static String reason(String typed) {
        String reason = clean(typed);
        if (reason.isEmpty()) {
            throw new LexiconException("请填写原因，例如「已更名为国家市场监督管理总局」。");
        }
        if (reason.length() > REASON_MAX) {
            throw new LexiconException("原因最多 " + REASON_MAX + " 个字，现有 " + reason.length() + " 个字。");
        }
        return reason;
    }

    /** The 例外 of {@code word}: each a longer word that contains it, as 「原文化部、文化部门」. */
    static List<String> exceptions(String word, String typed) {
        String field = clean(typed);
        if (field.length() > EXCEPTIONS_MAX) {
            throw new LexiconException("例外合计最多 " + EXCEPTIONS_MAX + " 个字。");
        }
        List<String> exceptions = Lexicon.exceptions(field.replace('，', '、').replace(',', '、'));
        for (String longer : exceptions) {
            if (longer.length() <= word.length() || !longer.contains(word)) {
                throw new LexiconException("例外「" + longer + "」应是包含「" + word + "」的更长的写法（如「文化部」的例外「文化部门」）。");
            }
        }
        return exceptions.stream().distinct().toList();
    }

    private static String clean(String typed) {
        String text = PlainText.normalize(typed == null ? "" : typed).text();
        return text.strip();
    }
}
