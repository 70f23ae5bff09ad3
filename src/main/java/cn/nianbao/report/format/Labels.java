package cn.nianbao.report.format;

import java.text.Normalizer;

/**
 * Fixed labels compared the way FORMAT.md asks: after normalising full/half-width characters and brackets, spaces,
 * the item separators {@code .}/{@code 、}/{@code ．} and straight/curly quotes. {@code （一）予以公开} and
 * {@code (一) 予以公开} are the same label; {@code 2.其他法律法规禁止公开} is a different one, close to the official
 * {@code 2.其他法律行政法规禁止公开}.
 */
public final class Labels {

    private Labels() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            switch (c) {
                case '、', '．', '。' -> out.append('.');
                case '“', '”', '„', '‟', '＂', '‘', '’', '\'', '`' -> out.append('"');
                case '【', '〔', '［' -> out.append('[');
                case '】', '〕', '］' -> out.append(']');
                case '〈', '《' -> out.append('<');
                case '〉', '》' -> out.append('>');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Equal after normalisation. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /**
     * How alike two labels are, from 0 to 1: the longest common subsequence of the normalised texts divided by the
     * longer length. {@code 2.其他法律法规禁止公开} against {@code 2.其他法律行政法规禁止公开} is 12/14.
     */
    public static double similarity(String a, String b) {
        int[] x = normalize(a).codePoints().toArray();
        int[] y = normalize(b).codePoints().toArray();
        if (x.length == 0 || y.length == 0) {
            return x.length == y.length ? 1 : 0;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[y.length] / Math.max(x.length, y.length);
    }
}
