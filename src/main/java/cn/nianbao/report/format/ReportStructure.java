package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader found in a report, before its figures are judged: the headings in the order written (with each
 * heading's line as written, for {@link NumberingRule}: 「四、存在的主要问题及改进情况」 is section 五 numbered 四), the tables and
 * rows it recognised with the cells it could read from each, the columns named in table 3's header, the fixed labels
 * as written, and anything the 2021 format does not have. {@link ShapeRule}, {@link LabelRule} and
 * {@link BlankCellRule} compare it with the format. A report drafted in this system has the {@link #complete()}
 * structure.
 */
public record ReportStructure(
        List<Section> headings,
        Set<Table> tables,
        List<RowSeen> rows,
        List<T3Column> t3Columns,
        Set<String> t3Groups,
        List<Oddity> oddities,
        List<LabelSeen> labels,
        Map<String, String> blankCells,
        List<String> writtenHeadings) {

    public enum Table {
        T2("表二"),
        T3("表三"),
        T4("表四");

        private final String name;

        Table(String name) {
            this.name = name;
        }

        public String displayName() {
            return name;
        }
    }

    /**
     * A table row as found: the official cells of that row (in column order), the cells a number was read into and
     * how many numbers the row had.
     */
    public record RowSeen(List<String> cells, Set<String> read, int numbers) {

        public RowSeen {
            cells = List.copyOf(cells);
            read = Set.copyOf(read);
        }
    }

    /** A fixed label (heading, caption, column or row label) as written, with the official text it stands for. */
    public record LabelSeen(String official, String written, List<String> cells) {

        public LabelSeen {
            cells = List.copyOf(cells);
        }
    }

    /** Something the 2021 format does not have, where it was found, and the cells it concerns. */
    public record Oddity(Kind kind, Table table, String text, List<String> cells) {

        public enum Kind {
            /** A table-2 column of the 2019 trial format (本年新制作数量, 本年新公开数量, 对外公开总数量, …). */
            OBSOLETE_T2_COLUMN,
            /** The 2019 block 第二十条第（九）项 (政府集中采购). */
            T2_ITEM_9,
            /** 「（六）其他处理」 as one row with figures, as in the 2019 trial format; read into 「3.其他」. */
            SINGLE_OTHER_ROW,
            /** A group heading such as 「（三）不予公开」 written with figures of its own; they are not read. */
            GROUP_ROW_WITH_NUMBERS,
            /** A row whose label matches no row of the format. */
            UNKNOWN_ROW,
            /** A column whose label matches no column of the format (e.g. a 小计 column). */
            UNKNOWN_COLUMN,
            /** A row of the format written twice; the first is read. */
            DUPLICATE_ROW,
            /** A block or table without the header row that names its columns; read in the official column order. */
            NO_HEADER
        }

        public Oddity {
            cells = List.copyOf(cells);
        }
    }

    public ReportStructure {
        headings = List.copyOf(headings);
        tables = tables.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tables));
        rows = List.copyOf(rows);
        t3Columns = List.copyOf(t3Columns);
        t3Groups = Set.copyOf(t3Groups);
        oddities = List.copyOf(oddities);
        labels = List.copyOf(labels);
        blankCells = Map.copyOf(blankCells);
        writtenHeadings = List.copyOf(writtenHeadings);
        if (writtenHeadings.size() != headings.size()) {
            throw new IllegalArgumentException("one written heading per heading");
        }
    }

    /** A structure whose headings are written as the official ones (numbered 一 to 六 as their sections). */
    public ReportStructure(
            List<Section> headings,
            Set<Table> tables,
            List<RowSeen> rows,
            List<T3Column> t3Columns,
            Set<String> t3Groups,
            List<Oddity> oddities,
            List<LabelSeen> labels,
            Map<String, String> blankCells) {
        this(
                headings,
                tables,
                rows,
                t3Columns,
                t3Groups,
                oddities,
                labels,
                blankCells,
                headings.stream().map(Section::heading).toList());
    }

    /** Every heading, table, row, column and group heading of the format, each cell read, labels as official. */
    public static ReportStructure complete() {
        List<RowSeen> rows = new ArrayList<>();
        officialRows().forEach(cells -> rows.add(new RowSeen(cells, new LinkedHashSet<>(cells), cells.size())));
        return new ReportStructure(
                List.of(Section.values()),
                EnumSet.allOf(Table.class),
                rows,
                List.of(T3Column.values()),
                Set.of(T3Row.DENY, T3Row.UNABLE, T3Row.NOPROC, T3Row.OTHER),
                List.of(),
                List.of(),
                Map.of());
    }

    /** The rows of the three tables, each as its cells in column order: 6 rows of table 2, 25 of table 3, 1 of 4. */
    public static List<List<String>> officialRows() {
        List<List<String>> rows = new ArrayList<>();
        for (T2Block block : T2Block.values()) {
            for (String label : block.rowLabels()) {
                rows.add(block.cellsOfRow(label).stream().map(T2Cell::id).toList());
            }
        }
        for (T3Row row : T3Row.values()) {
            rows.add(Arrays.stream(T3Column.values()).map(c -> Cells.t3(row, c)).toList());
        }
        rows.add(T4Layout.dataRow());
        return rows;
    }

    /** The table a cell belongs to. */
    public static Table tableOf(String cellId) {
        return Table.valueOf(cellId.substring(0, 2).toUpperCase(Locale.ROOT));
    }

    /** The row found for these official cells, if any. */
    public Optional<RowSeen> row(List<String> cells) {
        return rows.stream().filter(r -> r.cells().equals(cells)).findFirst();
    }

    /** Every cell a number (or a blank read as 0) was read into. */
    public Set<String> cellsRead() {
        Set<String> read = new LinkedHashSet<>();
        rows.forEach(r -> read.addAll(r.read()));
        return read;
    }
}
