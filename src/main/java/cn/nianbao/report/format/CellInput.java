package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a person typed into a table cell, read the way they meant it: full-width digits (１２３) and the full-width
 * point are converted, spaces around the number dropped, a comma taken as a thousands separator where it stands
 * between groups of three digits (１，２３４．５), an empty cell is 0. Anything else gets a message naming what is
 * wrong, and no value: a comma elsewhere (1,5) or a space inside the number (1 2) is refused, never dropped, since
 * dropping them turned 1,5 into 15.
 */
public record CellInput(BigDecimal value, String normalized, String error) {

    static final String COMMA_MESSAGE = "逗号只能作千位分隔符（如 1,234）；小数请用小数点";
    static final String SPACE_MESSAGE = "数字中间不能有空格";
    private static final Pattern THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");

    public static CellInput parse(String cellId, String typed) {
        String text = halfWidth(strip(typed == null ? "" : typed));
        if (text.isEmpty()) {
            return ok(BigDecimal.ZERO);
        }
        if (text.chars().anyMatch(CellInput::isSpace)) {
            return error(SPACE_MESSAGE);
        }
        if (text.indexOf(',') >= 0) {
            if (!THOUSANDS.matcher(text).matches()) {
                return error(COMMA_MESSAGE);
            }
            text = text.replace(",", "");
        }
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            return error("请输入数字（可以是全角数字），不要输入文字或符号");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0) {
            return error("不能为负数");
        }
        if (value.compareTo(ReportChecker.MAX_VALUE) > 0) {
            return error("数值过大（最大 " + ReportChecker.MAX_VALUE.toPlainString() + "）");
        }
        boolean count = Cells.kindOf(cellId) == CellKind.COUNT;
        if (count && value.stripTrailingZeros().scale() > 0) {
            return error("件数必须是整数");
        }
        if (!count && value.stripTrailingZeros().scale() > ReportChecker.MAX_FEE_SCALE) {
            return error("金额以万元为单位，最多保留 " + ReportChecker.MAX_FEE_SCALE + " 位小数");
        }
        return ok(count ? value.setScale(0) : value);
    }

    public boolean isValid() {
        return error == null;
    }

    private static CellInput ok(BigDecimal value) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new CellInput(plain, plain.toPlainString(), null);
    }

    private static CellInput error(String message) {
        return new CellInput(null, null, message);
    }

    /** Any kind of space, tab or line break, including the full-width and the no-break space. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String strip(String typed) {
        int start = 0;
        int end = typed.length();
        while (start < end && isSpace(typed.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(start, end);
    }

    /** Full-width digits, point, comma and minus to their half-width forms; everything else as it is. */
    private static String halfWidth(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
