package cn.nianbao.report.format.reading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value cell holds: a number, a blank (empty, 「/」, 「—」, 「无」), or text that is not a figure. A number may
 * carry a note in brackets (「12（其中修订5件）」, 「30（含自然失效8件）」): it is read as its number, the note kept.
 */
record Figure(BigDecimal number, boolean blank, String written, String note) {

    private static final Set<String> BLANKS = Set.of("", "/", "\\", "-", "--", "—", "——", "–", "―", "无", "空");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** After NFKC full-width brackets are ASCII: 「12(其中修订5件)」. */
    private static final Pattern NOTED = Pattern.compile("([-\\d.,]+件?)\\((.+)\\)");

    static Figure of(String cell) {
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u3000]", "");
        if (BLANKS.contains(text)) {
            return new Figure(null, true, cell, null);
        }
        String note = null;
        Matcher noted = NOTED.matcher(text);
        if (noted.matches()) {
            text = noted.group(1);
            note = noted.group(2);
        }
        if (text.endsWith("件")) {
            text = text.substring(0, text.length() - 1);
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (NUMBER.matcher(text).matches()) {
            return new Figure(new BigDecimal(text), false, cell, note);
        }
        return new Figure(null, false, cell, null);
    }

    boolean isNumber() {
        return number != null;
    }

    /** A number or a blank: what may stand in a value cell. */
    boolean isValue() {
        return number != null || blank;
    }

    /** Read as the cell's value: blanks are 0. */
    BigDecimal value() {
        return number != null ? number : BigDecimal.ZERO;
    }
}
