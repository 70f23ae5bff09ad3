package cn.nianbao.report.ui;

import cn.nianbao.report.format.CellInput;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Several figures pasted into one cell, as Excel, Word and web pages copy a table: tabs (or runs of spaces) between
 * the values of a row, line breaks between rows. They are laid onto the official table like a spreadsheet does,
 * from the pasted cell rightwards and, row by row, downwards; position by position, so that a copied row keeps its
 * columns. A total cell is computed, not filled: a value that lands on one is taken as a check and must equal the
 * total the pasted figures give (a row copied with its 总计 column pastes; a shifted one does not). A paste that
 * does not fit, holds something that is not a figure or would change a cell that may not be edited is refused
 * whole, with the reason, and changes nothing.
 */
final class PastedFigures {

    /** Between two rows. */
    private static final String LINE_BREAK = "\\r\\n|\\r|\\n";
    /** Between two values of a row; a single space stays inside the value, where {@link CellInput} refuses it. */
    private static final String VALUE_BREAK = "\\t|[ \\u00a0\\u3000]{2,}";
    /** Text that holds more than one value; valid as a regular expression in Java and in the browser. */
    static final String SEVERAL_VALUES = LINE_BREAK + "|" + VALUE_BREAK;

    private static final Pattern ROWS = Pattern.compile(LINE_BREAK);
    private static final Pattern VALUES = Pattern.compile(VALUE_BREAK);
    private static final Pattern OUTER_LINE_BREAKS = Pattern.compile("^[\\r\\n]+|[\\r\\n]+$");
    private static final Pattern OUTER_SPACES = Pattern.compile("^[ \\u00a0\\u3000]+|[ \\u00a0\\u3000]+$");
    private static final String NOTHING_CHANGED = "本次粘贴未改动任何格。";

    private PastedFigures() {}

    /** The cells to fill, each with its figure as the editor shows it; or why the paste is refused. */
    record Outcome(Map<String, String> values, String refusal) {

        boolean isRefused() {
            return refusal != null;
        }

        private static Outcome refused(String reason) {
            return new Outcome(Map.of(), reason + "，" + NOTHING_CHANGED);
        }
    }

    /** A value with a tab in it is a pasted or dropped row (a tab cannot be typed into a cell). */
    static boolean isRow(String text) {
        return text.indexOf('\t') >= 0;
    }

    /**
     * Lays {@code text} onto {@code rows} (the table's value cells, row by row in column order) from {@code anchor};
     * {@code editable} tells which cells the handler may change, {@code current} what the cells hold now.
     */
    static Outcome place(
            String text,
            String anchor,
            List<List<String>> rows,
            Predicate<String> editable,
            Map<String, BigDecimal> current) {
        List<List<String>> pasted = split(text);
        int anchorRow = rowOf(anchor, rows);
        int anchorColumn = rows.get(anchorRow).indexOf(anchor);
        if (pasted.size() > rows.size() - anchorRow) {
            return Outcome.refused("粘贴了 " + pasted.size() + " 行，但本表从此行起只有 " + (rows.size() - anchorRow) + " 行");
        }
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> positions = new HashMap<>();
        for (int r = 0; r < pasted.size(); r++) {
            List<String> values = pasted.get(r);
            int room = Math.max(0, rows.get(anchorRow + r).size() - anchorColumn);
            if (values.size() > room) {
                return Outcome.refused(
                        pasted.size() == 1
                                ? "粘贴了 " + values.size() + " 个数值，但本行从此格起只有 " + room + " 格"
                                : "粘贴的第 " + (r + 1) + " 行有 " + values.size() + " 个数值，但表中对应的行从此列起只有 " + room + " 格");
            }
            for (int c = 0; c < values.size(); c++) {
                String cellId = rows.get(anchorRow + r).get(anchorColumn + c);
                raw.put(cellId, values.get(c));
                positions.put(
                        cellId,
                        pasted.size() == 1 ? "第 " + (c + 1) + " 个数值" : "第 " + (r + 1) + " 行第 " + (c + 1) + " 个数值");
            }
        }
        Map<String, String> filled = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, BigDecimal> after = new HashMap<>(current);
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String cellId = entry.getKey();
            String value = entry.getValue();
            String where = positions.get(cellId) + "「" + value.strip() + "」对应" + ReportChecker.cellName(cellId);
            boolean computed = Cells.isComputed(cellId);
            if (computed && value.isBlank()) {
                continue;
            }
            if (!computed && !editable.test(cellId)) {
                return Outcome.refused(where + "，该格不能修改");
            }
            CellInput input = CellInput.parse(cellId, value);
            if (!input.isValid()) {
                return Outcome.refused(where + "：" + input.error());
            }
            if (computed) {
                totals.put(cellId, input.value());
            } else {
                filled.put(cellId, input.normalized());
                after.put(cellId, input.value());
            }
        }
        ReportTables computed = new ReportTables(after).withComputedTotals();
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            BigDecimal sum = computed.value(total.getKey());
            if (sum.compareTo(total.getValue()) != 0) {
                return Outcome.refused(
                        positions.get(total.getKey()) + "「" + total.getValue().toPlainString()
                                + "」对应" + ReportChecker.cellName(total.getKey()) + "，该格由系统合计，按粘贴后的数字应为 "
                                + computed.printed(total.getKey()) + "，二者不符；请核对复制的各列是否与表中的列一一对应");
            }
        }
        return new Outcome(filled, null);
    }

    /** Rows of values; line breaks around the whole and empty values at the end of a row carry nothing. */
    static List<List<String>> split(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : ROWS.split(OUTER_LINE_BREAKS.matcher(text).replaceAll(""), -1)) {
            List<String> values = new ArrayList<>(
                    List.of(VALUES.split(OUTER_SPACES.matcher(line).replaceAll(""), -1)));
            while (!values.isEmpty() && values.getLast().isBlank()) {
                values.removeLast();
            }
            rows.add(values);
        }
        return rows;
    }

    private static int rowOf(String cellId, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).contains(cellId)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no cell " + cellId + " in the table");
    }
}
