package cn.nianbao.report.ui;

import cn.nianbao.report.format.CellKind;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportChecker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One official table of the editor: the labels and plain {@code <input>}s as HTML, one listener for the whole table,
 * and the changes the server makes (totals, normalised entries, marks, messages) sent as one small script a round.
 * A Vaadin field per cell kept some 200 fields, each with its table cell, in every session (B6: over a megabyte).
 */
final class FigureTable extends Div {

    static final String CELL = "event.target.dataset.cell";
    static final String VALUE = "event.target.value";
    /** Only events from the cells' inputs reach the server. */
    static final String FROM_A_CELL = "!!event.target.dataset.cell";
    /** What was pasted; a synthetic paste event may come without a clipboard. */
    static final String PASTED = "(event.clipboardData ? event.clipboardData.getData('text') : '')";
    /**
     * Only a paste of several values into an editable cell is the server's: the browser does not paste it (Chromium's
     * {@code <input>} turns the line breaks into spaces, 「1⇥2 3⇥4」), the server lays the values onto the table.
     * Anything else pastes as usual, into the text at the caret.
     */
    static final String SEVERAL_PASTED = FROM_A_CELL + " && !event.target.readOnly && /" + PastedFigures.SEVERAL_VALUES
            + "/.test(" + PASTED + ".trim())";
    /** The pause in typing after which a figure reaches the server, like the text areas' lazy mode. */
    private static final int TYPING_PAUSE_MILLIS = 400;
    /**
     * Applies the server's changes. A value is not overwritten while the handler has typed on since it was sent
     * ({@code typed}), so that no keystroke is lost to a late answer.
     */
    private static final String APPLY = """
            for (const c of $0) {
              const input = this.querySelector('#' + CSS.escape(c.id));
              if (!input) continue;
              if (input.value !== c.value && (c.typed === undefined || input.value === c.typed)) input.value = c.value;
              input.readOnly = c.readOnly;
              input.classList.toggle('cell-error', c.mark === 'cell-error');
              input.classList.toggle('cell-warning', c.mark === 'cell-warning');
              input.classList.toggle('invalid', c.invalid);
              input.toggleAttribute('aria-invalid', c.invalid);
              if (c.title) input.title = c.title; else input.removeAttribute('title');
              input.nextElementSibling.textContent = c.message;
              if (c.message) input.nextElementSibling.title = c.message; else input.nextElementSibling.removeAttribute('title');
            }""";

    private final Function<Function<String, String>, String> layout;
    private final Map<String, FigureCell> cells = new LinkedHashMap<>();

    /**
     * {@code layout}: the official table, given what to put in a value cell; {@code typed}: called with the cell and
     * the text whenever the handler changes a figure; {@code pasted}: with the cell and the clipboard's text when
     * several values are pasted into it.
     */
    FigureTable(
            String tableId,
            Function<Function<String, String>, String> layout,
            Map<String, FigureCell> allCells,
            BiConsumer<FigureCell, String> typed,
            BiConsumer<FigureCell, String> pasted) {
        this.layout = layout;
        setId("figures-" + tableId);
        layout.apply(cellId -> {
            cells.put(cellId, allCells.computeIfAbsent(cellId, FigureCell::new));
            return "";
        });
        listen("change", VALUE, typed).setFilter(FROM_A_CELL);
        listen("input", VALUE, typed).setFilter(FROM_A_CELL).debounce(TYPING_PAUSE_MILLIS);
        listen("paste", PASTED, pasted).setFilter(SEVERAL_PASTED).preventDefault();
    }

    /** {@code textData}: the expression that gives the text the cell received. */
    private DomListenerRegistration listen(String event, String textData, BiConsumer<FigureCell, String> handler) {
        return getElement()
                .addEventListener(event, e -> fromBrowser(e, textData, handler))
                .addEventData(CELL)
                .addEventData(textData);
    }

    /** Input for a cell of another table, a read-only cell or none at all is not the handler's typing: ignored. */
    private void fromBrowser(DomEvent event, String textData, BiConsumer<FigureCell, String> handler) {
        JsonNode data = event.getEventData();
        FigureCell cell = cells.get(text(data, CELL));
        if (cell != null && !cell.isReadOnly()) {
            handler.accept(cell, text(data, textData));
        }
    }

    private static String text(JsonNode data, String key) {
        JsonNode node = data.get(key);
        return node == null || node.isNull() ? "" : node.asString();
    }

    /** Writes the whole table as it stands; for the first showing and when the editable cells change. */
    void render() {
        cells.values().forEach(FigureCell::takePending);
        OfficialTables.scrolling(this, layout.apply(cellId -> input(cells.get(cellId))));
    }

    /** Sends what changed since the last round; {@code typed}: the cell and text the handler just sent, if any. */
    void sendChanges(FigureCell typedCell, String typedText) {
        ArrayNode changes = JsonNodeFactory.instance.arrayNode();
        for (FigureCell cell : cells.values()) {
            if (cell.takePending()) {
                ObjectNode change = changes.addObject()
                        .put("id", cell.domId())
                        .put("value", cell.getValue())
                        .put("readOnly", cell.isReadOnly())
                        .put("mark", cell.getMark())
                        .put("title", cell.getTitle())
                        .put("invalid", cell.isInvalid())
                        .put("message", cell.getMessage());
                if (cell == typedCell) {
                    change.put("typed", typedText);
                }
            }
        }
        if (!changes.isEmpty()) {
            getElement().executeJs(APPLY, changes);
        }
    }

    /** A value cell's input and, under it, its message on one line (CSS), whose tooltip is the whole of it. */
    static String input(FigureCell cell) {
        StringBuilder html = new StringBuilder(256)
                .append("<input id=\"")
                .append(cell.domId())
                .append("\" class=\"cell-input");
        if (cell.isComputed()) {
            html.append(" computed");
        }
        if (!cell.getMark().isEmpty()) {
            html.append(' ').append(cell.getMark());
        }
        if (cell.isInvalid()) {
            html.append(" invalid\" aria-invalid=\"true");
        }
        html.append("\" data-cell=\"")
                .append(OfficialTables.escape(cell.cellId()))
                .append("\" aria-label=\"")
                .append(OfficialTables.escape(ReportChecker.cellName(cell.cellId())))
                .append("\" inputmode=\"")
                .append(Cells.kindOf(cell.cellId()) == CellKind.COUNT ? "numeric" : "decimal")
                .append("\" value=\"")
                .append(OfficialTables.escape(cell.getValue()))
                .append('"');
        if (!cell.getTitle().isEmpty()) {
            html.append(" title=\"")
                    .append(OfficialTables.escape(cell.getTitle()))
                    .append('"');
        }
        if (cell.isReadOnly()) {
            html.append(" readonly");
        }
        html.append("><span class=\"cell-message\"");
        if (!cell.getMessage().isEmpty()) {
            html.append(" title=\"")
                    .append(OfficialTables.escape(cell.getMessage()))
                    .append('"');
        }
        return html.append('>')
                .append(OfficialTables.escape(cell.getMessage()))
                .append("</span>")
                .toString();
    }
}
