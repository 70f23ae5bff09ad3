package cn.nianbao.report.ui;

import cn.nianbao.report.format.CellInput;
import cn.nianbao.report.format.Cells;
import java.util.Objects;

/**
 * One value cell of the editor's tables as the handler sees it: what the input shows, whether it may be typed into,
 * what was wrong with the input and which finding marks it. The editor keeps this small state on the server; the
 * browser shows it in a plain {@code <input>} (see {@link FigureTable}).
 */
public final class FigureCell {

    private final String cellId;
    private String value = "";
    private CellInput input;
    private boolean readOnly;
    private String mark;
    private String title;
    /** Why the last paste into this cell was refused, until the next change. */
    private String notice;
    /** What the browser has not been sent yet. */
    private boolean pending;

    FigureCell(String cellId) {
        this.cellId = cellId;
        this.readOnly = Cells.isComputed(cellId);
        this.input = CellInput.parse(cellId, "");
    }

    public String cellId() {
        return cellId;
    }

    /** The id of its input in the page. */
    public String domId() {
        return "cell-" + cellId.replace('.', '-');
    }

    public String getValue() {
        return value;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isComputed() {
        return Cells.isComputed(cellId);
    }

    /** Whether what was typed is not a number the cell can hold. */
    public boolean isInvalid() {
        return !input.isValid();
    }

    /** Why the input is invalid, in Chinese; empty when it is valid. */
    public String getErrorMessage() {
        return input.isValid() || input.error() == null ? "" : input.error();
    }

    /** What the cell says under its input: why a paste was refused, else why the input is invalid; or empty. */
    public String getMessage() {
        return notice != null ? notice : getErrorMessage();
    }

    /** {@code cell-error} or {@code cell-warning} when a finding concerns this cell, else empty. */
    public String getMark() {
        return mark == null ? "" : mark;
    }

    /** The message of the finding that marks it, shown as the input's tooltip; empty when none. */
    public String getTitle() {
        return title == null ? "" : title;
    }

    CellInput input() {
        return input;
    }

    /** Takes what the cell now holds: typed by the handler, or set by the editor (a total, a normalised entry). */
    void show(String newValue) {
        input = CellInput.parse(cellId, newValue);
        change(!Objects.equals(value, newValue));
        value = newValue;
    }

    /** Says under the input why a paste was refused; the value stays as it was. */
    void notice(String message) {
        change(!Objects.equals(notice, message));
        notice = message;
    }

    void clearNotice() {
        notice(null);
    }

    /** Sends the cell to the browser again with the next changes, where its input holds something else. */
    void resend() {
        pending = true;
    }

    void setReadOnly(boolean readOnly) {
        change(this.readOnly != readOnly);
        this.readOnly = readOnly;
    }

    void mark(String newMark, String newTitle) {
        change(!Objects.equals(mark, newMark) || !Objects.equals(title, newTitle));
        mark = newMark;
        title = newTitle;
    }

    boolean takePending() {
        boolean was = pending;
        pending = false;
        return was;
    }

    private void change(boolean changed) {
        pending |= changed;
    }
}
