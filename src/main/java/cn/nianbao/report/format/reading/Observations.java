package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.ReportStructure;
import cn.nianbao.report.format.ReportStructure.LabelSeen;
import cn.nianbao.report.format.ReportStructure.Oddity;
import cn.nianbao.report.format.ReportStructure.RowSeen;
import cn.nianbao.report.format.ReportStructure.Table;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the table readers collect while reading one report; becomes its tables and {@link ReportStructure}. */
final class Observations {

    final List<Section> headings = new ArrayList<>();
    /** Each heading's line as written, in the order of {@link #headings}. */
    final List<String> writtenHeadings = new ArrayList<>();

    final Set<Table> tables = EnumSet.noneOf(Table.class);
    final List<RowSeen> rows = new ArrayList<>();
    final List<T3Column> t3Columns = new ArrayList<>();
    final Set<String> t3Groups = new LinkedHashSet<>();
    final List<Oddity> oddities = new ArrayList<>();
    final List<LabelSeen> labels = new ArrayList<>();
    final Map<String, String> blankCells = new LinkedHashMap<>();
    final Map<String, BigDecimal> values = new LinkedHashMap<>();
    /** The notes written with a cell's number (「30（含自然失效8件）」), by cell id. */
    final Map<String, String> notes = new LinkedHashMap<>();
    /** Things that tell the format apart: obsolete 2019 columns, 2021 columns, the sub-items of （六）. */
    final Set<FormatVersion> formatSigns = new HashSet<>();

    void label(String official, String written, List<String> cells) {
        labels.add(new LabelSeen(official, written, cells));
    }

    void oddity(Oddity.Kind kind, Table table, String text, List<String> cells) {
        oddities.add(new Oddity(kind, table, text, cells));
    }

    /** Whether a row with these official cells was already read. */
    boolean hasRow(List<String> cells) {
        return rows.stream().anyMatch(r -> r.cells().equals(cells));
    }

    /** A row read: each figure into its cell (blanks as 0, noted), and how many figures the row had. */
    void row(List<String> cells, Map<String, Figure> figures, int numbers) {
        Set<String> read = new LinkedHashSet<>();
        figures.forEach((cellId, figure) -> {
            values.put(cellId, figure.value());
            if (figure.blank()) {
                blankCells.put(cellId, figure.written());
            }
            if (figure.note() != null) {
                notes.put(cellId, figure.note());
            }
            read.add(cellId);
        });
        rows.add(new RowSeen(cells, read, numbers));
    }

    ReportTables tables() {
        return new ReportTables(values);
    }

    ReportStructure structure() {
        return new ReportStructure(
                headings, tables, rows, t3Columns, t3Groups, oddities, labels, blankCells, writtenHeadings);
    }
}
