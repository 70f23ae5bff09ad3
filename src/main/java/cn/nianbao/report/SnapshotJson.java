package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** A report's content as JSON and back: sections by name, cells by id. */
final class SnapshotJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SnapshotJson() {}

    record Stored(Map<Section, String> sections, Map<String, BigDecimal> cells) {}

    static String write(ReportContent content) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        content.sections().forEach((section, text) -> {
            if (!text.isEmpty()) {
                sections.put(section, text);
            }
        });
        return JSON.writeValueAsString(
                new Stored(sections, new TreeMap<>(content.tables().values())));
    }

    static ReportContent read(String json) {
        Stored stored = JSON.readValue(json, Stored.class);
        return new ReportContent(
                stored.sections() == null ? Map.of() : stored.sections(),
                new ReportTables(stored.cells() == null ? Map.of() : stored.cells()));
    }
}
