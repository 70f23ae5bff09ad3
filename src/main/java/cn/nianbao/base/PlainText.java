package cn.nianbao.base;

import java.util.List;
import java.util.Optional;

/**
 * Which characters a stored text may hold: the one owner of that rule. Text people type or paste is
 * {@linkplain #normalize normalised} on the way in (Word's soft line break U+000B, a page break U+000C and the Unicode
 * line and paragraph separators become a line break, Windows and old Mac line ends become {@code \n}, other control
 * characters and what no text may hold are removed), and every renderer passes what it shows through
 * {@link #printable} (or {@link #paragraphs}), so that a text stored before this rule, or reaching the database
 * another way, still renders: an XML parser refuses U+0000 to U+001F but for tab and line ends, and a PDF of such a
 * text could not be made at all.
 */
public final class PlainText {

    private PlainText() {}

    /**
     * A text as it is stored, and what was changed to make it so: {@code lineBreaks} soft line breaks and separators
     * turned into {@code \n}, {@code removed} characters taken out. Line ends {@code \r\n} and {@code \r} become
     * {@code \n} without being counted: browsers send either, and nothing visible changes.
     */
    public record Normalized(String text, int lineBreaks, int removed) {

        /** Whether anything the person would want to hear about was changed. */
        public boolean changed() {
            return lineBreaks > 0 || removed > 0;
        }

        /** The counts of two texts saved at once (the six sections of a report). */
        public Normalized plus(Normalized other) {
            return new Normalized(text, lineBreaks + other.lineBreaks, removed + other.removed);
        }

        /** 「已删除 3 个不可见的控制字符，2 处从 Word 等处粘贴的软换行已改为换行」, without a full stop; empty if nothing. */
        public Optional<String> describe() {
            if (!changed()) {
                return Optional.empty();
            }
            String breaks = lineBreaks + " 处从 Word 等处粘贴的软换行已改为换行";
            if (removed == 0) {
                return Optional.of(breaks);
            }
            String deleted = "已删除 " + removed + " 个不可见的控制字符";
            return Optional.of(lineBreaks == 0 ? deleted : deleted + "，" + breaks);
        }
    }

    /** What a person typed or pasted, as it may be stored; {@code null} stays {@code null}. */
    public static Normalized normalize(String text) {
        if (text == null) {
            return new Normalized(null, 0, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int lineBreaks = 0;
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isLineBreak(c)) {
                out.append('\n');
                lineBreaks++;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isRemoved(c)) {
                removed++;
            } else {
                out.append(c);
            }
        }
        return new Normalized(out.toString(), lineBreaks, removed);
    }

    /**
     * The text without any character XML 1.0 cannot hold (C0 controls but tab and line ends, lone surrogates,
     * U+FFFE, U+FFFF): what every renderer may show of any stored string.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isXmlChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A stored text as the paragraphs a page or a PDF shows: normalised as on the way in (so that a soft line break
     * stored before that rule still starts a new paragraph), one paragraph per line, blank lines left out.
     */
    public static List<String> paragraphs(String text) {
        return normalize(text == null ? "" : text)
                .text()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static boolean isLineBreak(char c) {
        return c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029';
    }

    /** Other C0 controls, DEL, lone surrogates (a pair is kept before this is asked) and the two non-characters. */
    private static boolean isRemoved(char c) {
        return (c < 0x20 && c != '\t' && c != '\n')
                || c == 0x7F
                || Character.isSurrogate(c)
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20
                ? !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                : c == '\t' || c == '\n' || c == '\r';
    }
}
