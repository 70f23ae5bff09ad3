package cn.nianbao.report.ui;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.LabelCell;
import cn.nianbao.report.format.T2Block;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Layout;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.function.Function;

/**
 * Builds tables 2, 3 and 4 with the official labels and merges. What goes into a value cell (a number field or
 * a plain number) is the caller's choice; each value cell carries its cell id in {@code data-cell}.
 */
final class OfficialTables {

    private OfficialTables() {
    }

    /** Wide tables scroll inside their own box rather than pushing the page (and its side panel) sideways. */
    static Div scrolling(NativeTable table) {
        Div box = new Div(table);
        box.addClassName("table-scroll");
        return box;
    }

    static NativeTable t2(Function<String, Component> value) {
        NativeTable table = table("t2");
        for (T2Block block : T2Block.values()) {
            NativeTableBody body = table.addBody();
            NativeTableRow caption = body.addRow();
            span(header(caption, block.caption()), 1, 4).addClassName("caption");
            NativeTableRow columns = body.addRow();
            header(columns, T2Block.HEADER_LABEL);
            int width = block.columnLabels().size() == 1 ? 3 : 1;
            block.columnLabels().forEach(label -> span(header(columns, label), 1, width));
            for (String rowLabel : block.rowLabels()) {
                NativeTableRow row = body.addRow();
                header(row, rowLabel).addClassName("row-label");
                for (T2Cell cell : block.cellsOfRow(rowLabel)) {
                    span(data(row, cell.id(), value), 1, width);
                }
            }
        }
        return table;
    }

    static NativeTable t3(Function<String, Component> value) {
        NativeTable table = table("t3");
        headerRows(table, T3Layout.headerRows());
        NativeTableBody body = table.addBody();
        for (T3Row t3Row : T3Row.values()) {
            NativeTableRow row = body.addRow();
            for (LabelCell label : T3Layout.labelCells(t3Row)) {
                span(header(row, label.text()), label.rowspan(), label.colspan()).addClassName("row-label");
            }
            for (T3Column column : T3Column.values()) {
                data(row, Cells.t3(t3Row, column), value);
            }
        }
        return table;
    }

    static NativeTable t4(Function<String, Component> value) {
        NativeTable table = table("t4");
        headerRows(table, T4Layout.headerRows());
        NativeTableRow row = table.addBody().addRow();
        T4Layout.dataRow().forEach(cellId -> data(row, cellId, value));
        return table;
    }

    private static NativeTable table(String id) {
        NativeTable table = new NativeTable();
        table.addClassNames("official", id);
        table.getElement().setAttribute("data-table", id);
        return table;
    }

    private static void headerRows(NativeTable table, List<List<LabelCell>> rows) {
        for (List<LabelCell> cells : rows) {
            NativeTableRow row = table.getHead().addRow();
            cells.forEach(cell -> span(header(row, cell.text()), cell.rowspan(), cell.colspan()));
        }
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        return cell;
    }

    private static NativeTableCell data(NativeTableRow row, String cellId, Function<String, Component> value) {
        NativeTableCell cell = row.addDataCell();
        cell.getElement().setAttribute("data-cell", cellId);
        cell.add(value.apply(cellId));
        return cell;
    }

    /** Header cells have no span setters of their own; the attributes are the same for both kinds. */
    private static <T extends HtmlContainer> T span(T cell, int rowspan, int colspan) {
        if (rowspan > 1) {
            cell.getElement().setAttribute("rowspan", String.valueOf(rowspan));
        }
        if (colspan > 1) {
            cell.getElement().setAttribute("colspan", String.valueOf(colspan));
        }
        return cell;
    }
}
