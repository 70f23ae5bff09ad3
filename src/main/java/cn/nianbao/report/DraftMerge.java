package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one person's {@link DraftEdit} to the draft as stored: a section or a cell changes where the stored value is
 * still the one the person started from (or already what they typed); where a colleague saved something else there
 * first, the change is left out and named, part by part, so the rest of the save still goes through.
 */
record DraftMerge(ReportContent merged, Map<DraftPart, List<String>> refused) {

    static DraftMerge of(ReportContent stored, DraftEdit edit) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.putAll(stored.sections());
        Map<String, BigDecimal> cells = new HashMap<>(stored.tables().values());
        Map<DraftPart, List<String>> refused = new LinkedHashMap<>();
        edit.texts().forEach((section, change) -> {
            String now = stored.text(section);
            if (now.equals(change.base())) {
                sections.put(section, change.typed());
            } else if (!now.equals(change.typed())) {
                refused.computeIfAbsent(DraftPart.ofText(section), p -> new ArrayList<>())
                        .add(section.heading());
            }
        });
        edit.cells().forEach((cell, change) -> {
            BigDecimal now = stored.tables().value(cell);
            if (now.compareTo(change.base()) == 0) {
                cells.put(cell, change.typed());
            } else if (now.compareTo(change.typed()) != 0) {
                refused.computeIfAbsent(DraftPart.ofCell(cell), p -> new ArrayList<>())
                        .add(cell);
            }
        });
        return new DraftMerge(new ReportContent(sections, new ReportTables(cells)), refused);
    }
}
