package cn.nianbao.report.ui;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.LabelCell;
import cn.nianbao.report.format.T2Block;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Layout;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds tables 2, 3 and 4 with the official labels and merges, as HTML. What goes into a value cell (an input or a
 * plain number, already escaped) is the caller's choice; each value cell carries its cell id in {@code data-cell}.
 * <p>
 * HTML rather than a tree of components: the labels never change, and a component per table cell (about 600 of
 * them over the three tables) cost every signed-in session over a megabyte of server memory (B6).
 */
final class OfficialTables {

    private OfficialTables() {}

    /** Wide tables scroll inside their own box rather than pushing the page (and its side panel) sideways. */
    static Div scrolling(String tableHtml) {
        Div box = new Div();
        scrolling(box, tableHtml);
        return box;
    }

    static void scrolling(Div box, String tableHtml) {
        box.addClassName("table-scroll");
        box.getElement().setProperty("innerHTML", tableHtml);
    }

    static String t2(Function<String, String> value) {
        StringBuilder html = table("t2", List.of());
        for (T2Block block : T2Block.values()) {
            html.append("<tbody><tr>");
            header(html, block.caption(), 1, T2Block.COLUMNS, "caption");
            html.append("</tr><tr>");
            header(html, T2Block.HEADER_LABEL, 1, 1, null);
            int width = block.valueWidth();
            block.columnLabels().forEach(label -> header(html, label, 1, width, null));
            html.append("</tr>");
            for (String rowLabel : block.rowLabels()) {
                html.append("<tr>");
                header(html, rowLabel, 1, 1, "row-label");
                block.cellsOfRow(rowLabel).stream().map(T2Cell::id).forEach(id -> data(html, id, width, value));
                html.append("</tr>");
            }
            html.append("</tbody>");
        }
        return html.append("</table>").toString();
    }

    static String t3(Function<String, String> value) {
        StringBuilder html = table("t3", T3Layout.headerRows()).append("<tbody>");
        for (T3Row t3Row : T3Row.values()) {
            html.append("<tr>");
            for (LabelCell label : T3Layout.labelCells(t3Row)) {
                header(html, label.text(), label.rowspan(), label.colspan(), "row-label");
            }
            for (T3Column column : T3Column.values()) {
                data(html, Cells.t3(t3Row, column), 1, value);
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    static String t4(Function<String, String> value) {
        StringBuilder html = table("t4", T4Layout.headerRows()).append("<tbody><tr>");
        T4Layout.dataRow().forEach(cellId -> data(html, cellId, 1, value));
        return html.append("</tr></tbody></table>").toString();
    }

    /** Table 2's value cells row by row (each block's rows in turn), in column order: where a paste is laid. */
    static List<List<String>> t2Rows() {
        return Arrays.stream(T2Block.values())
                .flatMap(block -> block.rowLabels().stream()
                        .map(label ->
                                block.cellsOfRow(label).stream().map(T2Cell::id).toList()))
                .toList();
    }

    static List<List<String>> t3Rows() {
        return Arrays.stream(T3Row.values())
                .map(row -> Arrays.stream(T3Column.values())
                        .map(column -> Cells.t3(row, column))
                        .toList())
                .toList();
    }

    static List<List<String>> t4Rows() {
        return List.of(T4Layout.dataRow());
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The table's opening tag and its header rows, if it has any (table 2's headers are in each block). */
    private static StringBuilder table(String id, List<List<LabelCell>> headerRows) {
        StringBuilder html = new StringBuilder(8192)
                .append("<table class=\"official ")
                .append(id)
                .append("\" data-table=\"")
                .append(id)
                .append("\">");
        if (!headerRows.isEmpty()) {
            html.append("<thead>");
            for (List<LabelCell> cells : headerRows) {
                html.append("<tr>");
                cells.forEach(cell -> header(html, cell.text(), cell.rowspan(), cell.colspan(), null));
                html.append("</tr>");
            }
            html.append("</thead>");
        }
        return html;
    }

    private static void header(StringBuilder html, String text, int rowspan, int colspan, String className) {
        html.append("<th");
        if (className != null) {
            html.append(" class=\"").append(className).append('"');
        }
        span(html, rowspan, colspan).append('>').append(escape(text)).append("</th>");
    }

    private static void data(StringBuilder html, String cellId, int colspan, Function<String, String> value) {
        html.append("<td data-cell=\"").append(escape(cellId)).append('"');
        span(html, 1, colspan).append('>').append(value.apply(cellId)).append("</td>");
    }

    private static StringBuilder span(StringBuilder html, int rowspan, int colspan) {
        if (rowspan > 1) {
            html.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (colspan > 1) {
            html.append(" colspan=\"").append(colspan).append('"');
        }
        return html;
    }
}
