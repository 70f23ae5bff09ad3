package cn.nianbao.report.format;

import java.util.EnumMap;
import java.util.Map;

/** A report's text and figures, independent of storage and workflow: what the rules check and renderers show. */
public record ReportContent(Map<Section, String> sections, ReportTables tables) {

    public ReportContent {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            copy.put(section, sections.getOrDefault(section, ""));
        }
        sections = Map.copyOf(copy);
    }

    public String text(Section section) {
        return sections.get(section);
    }
}
