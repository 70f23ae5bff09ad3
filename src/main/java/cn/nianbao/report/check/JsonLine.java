package cn.nianbao.report.check;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.TableData;
import cn.nianbao.report.format.reading.ReadReport;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One checked file as one line of JSON: {@code {"file", "agency", "year", "format", "tables": {"t2": {cell id:
 * number}, "t3": {row id: {column id: number}}, "t4": {cell id: number}}, "findings": [{"severity", "rule", "cells",
 * "message", "text"}], "notes": [{"cell", "value", "note"}]}}; "text" only for a finding on the prose (PRIVACY,
 * SECRET-MARK, REPEAT): {"section", "start", "end", "match"}, offsets into the section's text, the match masked for
 * personal data (for REPEAT the longest repeated passage, its first characters, and "passages": [{"start", "end"}],
 * every repeated passage); the notes are what a cell carries besides its number (「30（含自然失效8件）」 is the value 30, the note
 * 含自然失效8件). Only the cells that could be read are in the tables; agency and year are null when no title line
 * names them.
 */
final class JsonLine {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonLine() {}

    static String of(String file, ReadReport report, List<Finding> findings) {
        ObjectNode line = JSON.createObjectNode();
        line.put("file", file);
        report.agency().ifPresentOrElse(a -> line.put("agency", a), () -> line.putNull("agency"));
        if (report.year().isPresent()) {
            line.put("year", report.year().getAsInt());
        } else {
            line.putNull("year");
        }
        line.put("format", report.format().code());
        ReportTables tables = report.content().tables();
        // only the cells the reader could read: the others are not 0, they are unknown
        line.set("tables", JSON.valueToTree(TableData.of(tables, tables.values()::containsKey)));
        ArrayNode findingsNode = line.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = findingsNode.addObject();
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("rule", finding.rule());
            ArrayNode cells = node.putArray("cells");
            finding.cells().forEach(cells::add);
            node.put("message", finding.message());
            finding.text().ifPresent(span -> {
                ObjectNode text = node.putObject("text");
                text.put("section", span.section().name());
                text.put("start", span.start());
                text.put("end", span.end());
                text.put("match", span.shown());
                if (!finding.passages().isEmpty()) {
                    ArrayNode passages = text.putArray("passages");
                    finding.passages()
                            .forEach(p ->
                                    passages.addObject().put("start", p.start()).put("end", p.end()));
                }
            });
        }
        ArrayNode notes = line.putArray("notes");
        report.notes().forEach((cellId, note) -> {
            ObjectNode node = notes.addObject();
            node.put("cell", cellId);
            node.put("value", tables.value(cellId));
            node.put("note", note);
        });
        return JSON.writeValueAsString(line);
    }
}
