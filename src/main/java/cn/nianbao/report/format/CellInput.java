package cn.nianbao.report.format;

import java.math.BigDecimal;

/**
 * What a person typed into a table cell, read the way they meant it: full-width digits (１２３) and separators
 * (１，２３４．５) are converted, spaces and thousands separators dropped, an empty cell is 0. Anything else gets a
 * message naming what is wrong, and no value.
 */
public record CellInput(BigDecimal value, String normalized, String error) {

    public static CellInput parse(String cellId, String typed) {
        String text = normalize(typed == null ? "" : typed);
        if (text.isEmpty()) {
            return ok(BigDecimal.ZERO);
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

    /** Full-width to half-width, separators and spaces removed. */
    static String normalize(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == ',' || c == '，' || Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
