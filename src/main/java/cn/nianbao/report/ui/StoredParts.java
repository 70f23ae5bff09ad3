package cn.nianbao.report.ui;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The editor's side of drafting together: what colleagues saved is shown where the person has not typed, a part the
 * person chose to give up takes the colleague's version, and each part names who else saved it last.
 */
public final class StoredParts {

    private final Map<Section, TextArea> texts;
    private final Map<String, FigureCell> cells;
    private final Runnable recompute;
    private final Map<DraftPart, Span> notes = new EnumMap<>(DraftPart.class);

    StoredParts(Map<Section, TextArea> texts, Map<String, FigureCell> cells, Runnable recompute) {
        this.texts = texts;
        this.cells = cells;
        this.recompute = recompute;
    }

    /**
     * Shows what was saved since {@code base} (what this screen started from) wherever the person has not typed
     * since: a section or cell still as in {@code base} takes the stored value. Returns the parts it updated.
     */
    public Set<DraftPart> takeWhereUntouched(ReportContent base, ReportContent stored) {
        Set<DraftPart> updated = EnumSet.noneOf(DraftPart.class);
        texts.forEach((section, area) -> {
            if (area.getValue().equals(base.text(section)) && !area.getValue().equals(stored.text(section))) {
                area.setValue(stored.text(section));
                updated.add(DraftPart.ofText(section));
            }
        });
        cells.values().stream()
                .filter(cell -> !cell.isComputed() && !cell.isInvalid())
                .forEach(cell -> {
                    BigDecimal shown = cell.input().value();
                    if (shown.compareTo(base.tables().value(cell.cellId())) == 0
                            && shown.compareTo(stored.tables().value(cell.cellId())) != 0) {
                        cell.show(stored.tables().printed(cell.cellId()));
                        updated.add(DraftPart.ofCell(cell.cellId()));
                    }
                });
        if (!updated.isEmpty()) {
            recompute.run();
        }
        return updated;
    }

    /**
     * After a save that stored the text changed ({@link PlainText}: control characters removed), shows each section
     * as stored, so that the next save does not meet them again. A section typed on since the save keeps its text.
     */
    public void showNormalised(ReportContent stored) {
        texts.forEach((section, area) -> {
            String text = stored.text(section);
            if (!area.getValue().equals(text)
                    && PlainText.normalize(area.getValue()).text().equals(text)) {
                area.setValue(text);
            }
        });
    }

    /** Replaces what is on screen in {@code part} by the stored values: the person chose the colleague's version. */
    public void take(DraftPart part, ReportContent stored) {
        texts.forEach((section, area) -> {
            if (part.isText(section)) {
                area.setValue(stored.text(section));
            }
        });
        cells.values().stream()
                .filter(cell -> !cell.isComputed() && part.holdsCell(cell.cellId()))
                .forEach(cell -> cell.show(stored.tables().printed(cell.cellId())));
        recompute.run();
    }

    /** The line under a part's heading: who else saved it and when. */
    public void name(DraftPart part, String note) {
        notes.get(part).setText(note);
    }

    Span note(DraftPart part) {
        Span note = new Span();
        note.setId("part-note-" + part.name());
        note.addClassName("part-note");
        notes.put(part, note);
        return note;
    }
}
