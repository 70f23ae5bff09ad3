package cn.nianbao.report;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one person changed in a draft since they last loaded it: each section and cell they changed, with the value
 * they started from. The save applies a change only where the stored value is still the one they started from, so
 * two people changing different parts (or different cells of one table) never overwrite each other. Computed totals
 * are not edits: the save computes them again.
 */
public record DraftEdit(Map<Section, Edited<String>> texts, Map<String, Edited<BigDecimal>> cells) {

    /** A value as the person found it and as they left it. */
    public record Edited<T>(T base, T typed) {}

    public DraftEdit {
        Map<Section, Edited<String>> copy = new EnumMap<>(Section.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The changes from {@code base} (what the person loaded) to {@code typed} (what is on their screen). */
    public static DraftEdit between(ReportContent base, ReportContent typed) {
        Map<Section, Edited<String>> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            if (!base.text(section).equals(typed.text(section))) {
                texts.put(section, new Edited<>(base.text(section), typed.text(section)));
            }
        }
        Map<String, Edited<BigDecimal>> cells = new LinkedHashMap<>();
        for (String cell : Cells.all()) {
            BigDecimal before = base.tables().value(cell);
            BigDecimal after = typed.tables().value(cell);
            if (!Cells.isComputed(cell) && before.compareTo(after) != 0) {
                cells.put(cell, new Edited<>(before, after));
            }
        }
        return new DraftEdit(texts, cells);
    }

    /**
     * What the screen counts as its starting point after a save or a colleague's save: the stored value wherever the
     * screen shows it or has not been typed on, the old starting point where the person's typing was left out
     * (so that the next save meets the colleague's value again instead of overwriting it unseen).
     */
    public static ReportContent rebase(ReportContent base, ReportContent typed, ReportContent stored) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            String typedText = typed.text(section);
            boolean untouched = typedText.equals(base.text(section)) || typedText.equals(stored.text(section));
            texts.put(section, untouched ? stored.text(section) : base.text(section));
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String cell : Cells.all()) {
            BigDecimal typedValue = typed.tables().value(cell);
            boolean untouched = typedValue.compareTo(base.tables().value(cell)) == 0
                    || typedValue.compareTo(stored.tables().value(cell)) == 0;
            cells.put(
                    cell,
                    untouched ? stored.tables().value(cell) : base.tables().value(cell));
        }
        return new ReportContent(texts, new ReportTables(cells).withComputedTotals());
    }

    /** {@code base} with {@code part} as stored: the person keeps their typing there and means it to win. */
    public static ReportContent adopt(ReportContent base, ReportContent stored, DraftPart part) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, part.isText(section) ? stored.text(section) : base.text(section));
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String cell : Cells.all()) {
            cells.put(
                    cell,
                    part.holdsCell(cell)
                            ? stored.tables().value(cell)
                            : base.tables().value(cell));
        }
        return new ReportContent(texts, new ReportTables(cells).withComputedTotals());
    }

    public boolean isEmpty() {
        return texts.isEmpty() && cells.isEmpty();
    }

    /** The parts this edit touches, whether or not the save can apply it. */
    Set<DraftPart> parts() {
        Set<DraftPart> parts = EnumSet.noneOf(DraftPart.class);
        texts.keySet().forEach(section -> parts.add(DraftPart.ofText(section)));
        cells.keySet().forEach(cell -> parts.add(DraftPart.ofCell(cell)));
        return parts;
    }
}
