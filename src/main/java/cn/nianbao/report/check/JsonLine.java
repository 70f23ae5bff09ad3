package cn.nianbao.report.check;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import cn.nianbao.report.format.reading.ReadReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One checked file as one line of JSON: {@code {"file", "agency", "year", "format", "tables": {"t2": {cell id:
 * number}, "t3": {row id: {column id: number}}, "t4": {cell id: number}}, "findings": [{"severity", "rule", "cells",
 * "message"}]}}. Only the cells that could be read are in the tables; agency and year are null when no title line
 * names them.
 */
final class JsonLine {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private JsonLine() {
    }

    static String error(java.util.Map<String, String> fields) {
        ObjectNode line = JSON.createObjectNode();
        fields.forEach(line::put);
        return JSON.writeValueAsString(line);
    }

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
        ObjectNode tablesNode = line.putObject("tables");
        ObjectNode t2 = tablesNode.putObject("t2");
        for (T2Cell cell : T2Cell.values()) {
            number(tables, cell.id()).ifPresent(v -> t2.put(cell.id(), v));
        }
        ObjectNode t3 = tablesNode.putObject("t3");
        for (T3Row row : T3Row.values()) {
            ObjectNode rowNode = JSON.createObjectNode();
            for (T3Column column : T3Column.values()) {
                number(tables, Cells.t3(row, column)).ifPresent(v -> rowNode.put(column.id(), v));
            }
            if (!rowNode.isEmpty()) {
                t3.set(row.id(), rowNode);
            }
        }
        ObjectNode t4 = tablesNode.putObject("t4");
        for (String cellId : T4Layout.dataRow()) {
            number(tables, cellId).ifPresent(v -> t4.put(cellId, v));
        }
        ArrayNode findingsNode = line.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = findingsNode.addObject();
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("rule", finding.rule());
            ArrayNode cells = node.putArray("cells");
            finding.cells().forEach(cells::add);
            node.put("message", finding.message());
        }
        return JSON.writeValueAsString(line);
    }

    /** The cell as read, without trailing zeros ({@code 50}, {@code 96171.6}); absent when it could not be read. */
    private static Optional<BigDecimal> number(ReportTables tables, String cellId) {
        BigDecimal value = tables.values().get(cellId);
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal plain = value.stripTrailingZeros();
        return Optional.of(plain.scale() < 0 ? plain.setScale(0) : plain);
    }
}
