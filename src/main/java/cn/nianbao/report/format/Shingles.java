package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The measure of REPEAT (docs/RULES.md): how much of a text is the same as an earlier text, by character shingles.
 * Both texts are first reduced to their words: punctuation, spaces and symbols dropped, and every figure (a run of
 * digits, with its decimal point; a year written 二〇二一) replaced by one {@code #}, so that 「2024年收到申请3119件」 and
 * 「2025年收到申请2870件」 are the same. A shingle is a run of {@link #N} consecutive characters of that reduced text;
 * the share is |this text's distinct shingles also in the earlier text| / |this text's distinct shingles|, and the
 * repeated passages are the stretches of this text covered by shared shingles. Linear in the two lengths: one hash set
 * of the earlier text's shingles, one lookup per shingle of this one (no longest common subsequence, which is
 * quadratic).
 */
final class Shingles {

    /** Eight characters: about two Chinese words, longer than any set phrase (政府信息公开 is six). */
    static final int N = 8;

    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";

    /** A text reduced to its words, with where each reduced character stands in the original (UTF-16 offsets). */
    record Reduced(String chars, int[] starts, int[] ends) {}

    /**
     * How this text repeats the earlier one: shared and total distinct shingles, the repeated passages as
     * {start, end} offsets into this text, and the number of hash-set operations it took.
     */
    record Overlap(int shared, int total, List<int[]> passages, long setOperations) {

        /** The share in whole percent, rounded down: 100 only when every shingle is repeated. */
        int percent() {
            return total == 0 ? 0 : (int) (100L * shared / total);
        }
    }

    private Shingles() {}

    static Overlap overlap(String thisText, String earlierText) {
        Reduced now = reduce(thisText);
        Reduced before = reduce(earlierText);
        long operations = 0;
        Set<String> earlier = new HashSet<>();
        for (int i = 0; i + N <= before.chars().length(); i++) {
            earlier.add(before.chars().substring(i, i + N));
            operations++;
        }
        Set<String> seen = new HashSet<>();
        int shared = 0;
        List<int[]> passages = new ArrayList<>();
        int runStart = -1;
        int coveredUntil = -1; // the reduced characters before this index are in a shared shingle
        for (int i = 0; i + N <= now.chars().length(); i++) {
            String shingle = now.chars().substring(i, i + N);
            boolean repeated = earlier.contains(shingle);
            boolean first = seen.add(shingle);
            operations += 2;
            if (repeated && first) {
                shared++;
            }
            if (repeated) {
                if (runStart < 0 || i > coveredUntil) {
                    closeRun(now, runStart, coveredUntil, passages);
                    runStart = i;
                }
                coveredUntil = i + N;
            }
        }
        closeRun(now, runStart, coveredUntil, passages);
        return new Overlap(shared, seen.size(), passages, operations);
    }

    private static void closeRun(Reduced text, int start, int end, List<int[]> passages) {
        if (start >= 0) {
            passages.add(new int[] {text.starts()[start], text.ends()[end - 1]});
        }
    }

    /** Letters only, lower case, each figure as {@code #}. */
    static Reduced reduce(String text) {
        StringBuilder chars = new StringBuilder(text.length());
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        int i = 0;
        while (i < text.length()) {
            int end = figureEnd(text, i);
            int cp = text.codePointAt(i);
            if (end > i) {
                add(chars, starts, ends, '#', i, end);
                i = end;
                continue;
            }
            int next = i + Character.charCount(cp);
            if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
                // a character beyond the BMP (CJK Extension B) is kept as its two UTF-16 units
                for (char c : Character.toChars(Character.toLowerCase(cp))) {
                    add(chars, starts, ends, c, i, next);
                }
            }
            i = next;
        }
        int n = chars.length();
        return new Reduced(chars.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private static void add(StringBuilder chars, int[] starts, int[] ends, char c, int start, int end) {
        starts[chars.length()] = start;
        ends[chars.length()] = end;
        chars.append(c);
    }

    /** The end of the figure starting at {@code i} (digits with inner 「.」 or 「,」; 二〇二一), or {@code i}. */
    private static int figureEnd(String text, int i) {
        int j = i;
        while (j < text.length()
                && (Character.isDigit(text.charAt(j))
                        || j > i
                                && (text.charAt(j) == '.' || text.charAt(j) == ',')
                                && j + 1 < text.length()
                                && Character.isDigit(text.charAt(j + 1)))) {
            j++;
        }
        if (j > i) {
            return j;
        }
        // a year in Chinese numerals: four of them, one a 〇 (looked at once, so a long run stays linear)
        if (i + 4 > text.length() || text.substring(i, i + 4).indexOf('〇') < 0) {
            return i;
        }
        for (int k = i; k < i + 4; k++) {
            if (CHINESE_DIGITS.indexOf(text.charAt(k)) < 0) {
                return i;
            }
        }
        return i + 4;
    }
}
