package cn.nianbao.report.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text rules (TEXT-VS-TABLE, CONTRADICTION) read a report's prose: sentence by sentence, digits as ASCII,
 * leaving alone sentences that name another year than the report's.
 */
final class Prose {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private Prose() {}

    /** The sentences of this section's text, in plain form. */
    static List<String> sentences(ReportContent content, Section section) {
        return List.of(SENTENCE_END.split(plain(content.text(section))));
    }

    /** The year given, or else the year the text names most often (0 when it names none). */
    static int reportYear(ReportContent content, OptionalInt year) {
        return year.isPresent() ? year.getAsInt() : mostNamedYear(content);
    }

    static boolean isAboutYear(String sentence, int year) {
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            if (year > 0 && Integer.parseInt(m.group(1)) != year) {
                return false;
            }
        }
        return true;
    }

    private static int mostNamedYear(ReportContent content) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Section section : Section.values()) {
            Matcher m = YEAR.matcher(plain(content.text(section)));
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(0);
    }

    /** Full-width digits as ASCII, spaces removed (「2025 年」, 「收到 3 件」), punctuation kept. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '\n') {
                out.append('\n');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
