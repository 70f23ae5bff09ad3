package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Labels;
import cn.nianbao.report.format.ReportStructure.Oddity;
import cn.nianbao.report.format.ReportStructure.Table;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Table 3 (收到和处理政府信息公开申请情况). The header rows say which value columns the table has and where; each data
 * row is recognised by its most specific label (「1.属于国家秘密」, 「（七）总计」), with the group headings
 * (「（三）不予公开」 …) noted as they appear. When a row has as many cells as the header is wide, each figure is read
 * from its column's position (so a label pushed into a value column leaves that column unread); otherwise the
 * figures are aligned to the right edge, where 总计 is.
 */
final class Table3Reader {

    private static final List<String> GROUPS = List.of(T3Row.DENY, T3Row.UNABLE, T3Row.NOPROC, T3Row.OTHER);
    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\.");
    private static final Pattern ENUMERATOR = Pattern.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+\\.|\\d+\\.)");
    private static final int MAX_HEADER_LINES = 4;
    private static final int NOTE_LENGTH = T3Column.NOTE.length() + 12;

    /** A value column named in the header, at its position in the grid; {@code column} is null for a foreign one. */
    private record Slot(int position, T3Column column) {}

    /** The figures of one data line by slot, the labels before and between them, and how many figures there were. */
    private record Parsed(List<String> labels, Map<Slot, Figure> figures, int numbers) {}

    private final Observations seen;
    private final ReadingBudget budget;
    private final Set<Integer> consumed = new HashSet<>();
    private List<Slot> slots = List.of();
    private boolean positional;
    private int width;

    Table3Reader(Observations seen, ReadingBudget budget) {
        this.seen = seen;
        this.budget = budget;
    }

    Set<Integer> read(List<Line> lines) throws UnreadableReportException {
        int i = start(lines);
        if (i < 0) {
            return consumed;
        }
        seen.tables.add(Table.T3);
        List<Line> header = new ArrayList<>();
        while (i < lines.size() && header.size() < MAX_HEADER_LINES && isHeader(lines.get(i))) {
            header.add(lines.get(i));
            consumed.add(i++);
        }
        readColumns(header);
        String group = null;
        Parsed singleOther = null;
        for (; i < lines.size() && !endsTable(lines.get(i)); i++) {
            budget.inTime();
            consumed.add(i);
            Parsed parsed = parse(lines.get(i));
            String rowLabel = null;
            String groupInLine = null;
            for (String label : parsed.labels()) {
                String g = group(label);
                if (g != null) {
                    seen.t3Groups.add(g);
                    seen.label(g, label, groupCells(g));
                    group = groupInLine = g;
                } else if (Labels.similarity(label, T3Row.RESULTS) >= 0.8) {
                    seen.label(T3Row.RESULTS, label, List.of());
                } else {
                    rowLabel = label;
                }
            }
            if (rowLabel == null) {
                if (parsed.numbers() == 0) {
                    continue;
                }
                if (T3Row.OTHER.equals(groupInLine) && singleOther == null) {
                    singleOther = parsed;
                } else {
                    seen.oddity(
                            groupInLine != null ? Oddity.Kind.GROUP_ROW_WITH_NUMBERS : Oddity.Kind.UNKNOWN_ROW,
                            Table.T3,
                            groupInLine != null ? groupInLine : lines.get(i).text(),
                            List.of());
                }
                continue;
            }
            T3Row row = match(rowLabel, group);
            if (row == null) {
                seen.oddity(Oddity.Kind.UNKNOWN_ROW, Table.T3, rowLabel, List.of());
                continue;
            }
            group = row.level2() != null && GROUPS.contains(row.level2()) ? row.level2() : null;
            if (T3Row.OTHER.equals(row.level2())) {
                seen.formatSigns.add(FormatVersion.F2021);
            }
            seen.label(row.label(), rowLabel, rowCells(row));
            record(row, parsed);
        }
        if (singleOther != null) {
            if (Arrays.stream(T3Row.values())
                    .anyMatch(r -> T3Row.OTHER.equals(r.level2()) && seen.hasRow(rowCells(r)))) {
                seen.oddity(Oddity.Kind.GROUP_ROW_WITH_NUMBERS, Table.T3, T3Row.OTHER, List.of());
            } else {
                seen.formatSigns.add(FormatVersion.F2019);
                seen.oddity(Oddity.Kind.SINGLE_OTHER_ROW, Table.T3, T3Row.OTHER, rowCells(T3Row.OTHER_3));
                record(T3Row.OTHER_3, singleOther);
            }
        }
        return consumed;
    }

    private void record(T3Row row, Parsed parsed) {
        List<String> cells = rowCells(row);
        if (seen.hasRow(cells)) {
            seen.oddity(Oddity.Kind.DUPLICATE_ROW, Table.T3, row.label(), cells);
            return;
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        parsed.figures().forEach((slot, figure) -> {
            if (slot.column() != null) {
                figures.put(Cells.t3(row, slot.column()), figure);
            }
        });
        seen.row(cells, figures, parsed.numbers());
    }

    /** The note cell, 「申请人情况」, or else the first row 「一、本年新收…」 when the header is missing. */
    private int start(List<Line> lines) throws UnreadableReportException {
        for (int i = 0; i < lines.size(); i++) {
            budget.inTime();
            if (lines.get(i).cells().stream().anyMatch(c -> isNote(c) || Labels.same(c, "申请人情况"))) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            budget.inTime();
            Line line = lines.get(i);
            if (!line.isSingle() && Labels.similarity(line.first(), T3Row.NEW.label()) >= 0.8) {
                return i;
            }
        }
        return -1;
    }

    /** The header note 「（本列数据的勾稽关系为：…）」, not a paragraph that happens to mention 勾稽关系. */
    static boolean isNote(String cell) {
        String normalized = Labels.normalize(cell);
        return normalized.contains("勾稽关系")
                && normalized.length() <= NOTE_LENGTH
                && (normalized.startsWith("(") || normalized.contains("本列数据"));
    }

    private static boolean isHeader(Line line) {
        if (line.cells().stream().anyMatch(c -> Figure.of(c).isNumber())) {
            return false;
        }
        return line.cells().stream()
                .anyMatch(c -> isNote(c)
                        || Labels.same(c, "申请人情况")
                        || Labels.same(c, T3Column.LEGAL_ENTITY_GROUP)
                        || column(c) != null);
    }

    private void readColumns(List<Line> header) {
        List<Slot> found = new ArrayList<>();
        Set<T3Column> known = new HashSet<>();
        for (Line line : header) {
            for (int p = 0; p < line.cells().size(); p++) {
                String cell = line.cells().get(p);
                if (cell.isEmpty()) {
                    continue;
                }
                if (isNote(cell)) {
                    seen.label(T3Column.NOTE, cell, List.of());
                } else if (Labels.same(cell, T3Column.APPLICANT_HEADER)
                        || Labels.same(cell, T3Column.LEGAL_ENTITY_GROUP)) {
                    seen.label(
                            Labels.same(cell, T3Column.APPLICANT_HEADER)
                                    ? T3Column.APPLICANT_HEADER
                                    : T3Column.LEGAL_ENTITY_GROUP,
                            cell,
                            List.of());
                } else {
                    T3Column column = column(cell);
                    if (column == null) {
                        seen.oddity(Oddity.Kind.UNKNOWN_COLUMN, Table.T3, cell, List.of());
                        found.add(new Slot(p, null));
                    } else if (known.add(column)) {
                        seen.label(column.label(), cell, columnCells(column));
                        found.add(new Slot(p, column));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Slot::position));
        positional = !found.isEmpty()
                && found.stream().map(Slot::position).distinct().count() == found.size();
        if (known.isEmpty()) {
            slots = Arrays.stream(T3Column.values()).map(c -> new Slot(-1, c)).toList();
            positional = false;
            return;
        }
        if (!positional) {
            found.removeIf(s -> s.column() == null);
            found.sort(Comparator.comparing(Slot::column));
        }
        slots = List.copyOf(found);
        width = found.getLast().position() + 1;
        found.stream().map(Slot::column).filter(c -> c != null).forEach(seen.t3Columns::add);
    }

    private Parsed parse(Line line) {
        List<String> cells = line.cells();
        List<String> labels = new ArrayList<>();
        Map<Slot, Figure> figures = new LinkedHashMap<>();
        int numbers = 0;
        if (positional && cells.size() == width) {
            Map<Integer, Slot> slotAt = new LinkedHashMap<>();
            slots.forEach(s -> slotAt.put(s.position(), s));
            for (int p = 0; p < cells.size(); p++) {
                Figure figure = Figure.of(cells.get(p));
                Slot slot = slotAt.get(p);
                if (slot != null && figure.isValue()) {
                    figures.put(slot, figure);
                    numbers += slot.column() != null ? 1 : 0;
                } else if (figure.isNumber()) {
                    numbers++;
                } else if (!cells.get(p).isEmpty()) {
                    labels.add(cells.get(p));
                }
            }
            return new Parsed(labels, figures, numbers);
        }
        int end = cells.size() - 1;
        while (end >= 0 && cells.get(end).isEmpty()) {
            end--;
        }
        int start = end;
        while (start >= 0 && Figure.of(cells.get(start)).isValue()) {
            start--;
        }
        start++;
        while (start <= end && cells.get(start).isEmpty()) {
            start++;
        }
        for (int p = 0; p < start; p++) {
            if (!cells.get(p).isEmpty()) {
                labels.add(cells.get(p));
            }
        }
        List<Figure> values = end < start
                ? List.of()
                : cells.subList(start, end + 1).stream().map(Figure::of).toList();
        for (int v = values.size() - 1, s = slots.size() - 1; v >= 0; v--, s--) {
            if (s < 0) {
                numbers++;
            } else {
                figures.put(slots.get(s), values.get(v));
                numbers += slots.get(s).column() != null ? 1 : 0;
            }
        }
        return new Parsed(labels, figures, numbers);
    }

    /**
     * The row this label stands for: the same text, or the closest among the rows with the same item number (in the
     * current group if it has one) or, for labels without an item number, the same enumerator 「（二）」.
     */
    private static T3Row match(String written, String group) {
        for (T3Row row : T3Row.values()) {
            if (Labels.same(written, row.label())) {
                return row;
            }
        }
        String normalized = Labels.normalize(written);
        Matcher item = ITEM.matcher(normalized);
        List<T3Row> candidates;
        if (item.find()) {
            String number = item.group(1) + ".";
            candidates = Arrays.stream(T3Row.values())
                    .filter(r ->
                            r.level3() != null && Labels.normalize(r.level3()).startsWith(number))
                    .toList();
            List<T3Row> inGroup =
                    candidates.stream().filter(r -> r.level2().equals(group)).toList();
            if (!inGroup.isEmpty()) {
                candidates = inGroup;
            }
        } else {
            String enumerator = enumerator(normalized);
            candidates = Arrays.stream(T3Row.values())
                    .filter(r -> r.level3() == null)
                    .filter(r -> enumerator.isEmpty() || enumerator.equals(enumerator(Labels.normalize(r.label()))))
                    .toList();
        }
        return Closest.label(written, candidates.stream().map(T3Row::label).toList())
                .flatMap(label -> Arrays.stream(T3Row.values())
                        .filter(r -> r.label().equals(label))
                        .findFirst())
                .orElse(null);
    }

    /** The group heading this label is, if it is one: the same enumerator (「（三）」) and close in text. */
    private static String group(String written) {
        String enumerator = enumerator(Labels.normalize(written));
        return GROUPS.stream()
                .filter(g -> enumerator.equals(enumerator(Labels.normalize(g))))
                .filter(g -> Labels.similarity(written, g) >= 0.7)
                .findFirst()
                .orElse(null);
    }

    /** The leading 「(三)」, 「三.」 or 「3.」 of a normalised label, or "". */
    private static String enumerator(String normalized) {
        Matcher m = ENUMERATOR.matcher(normalized);
        return m.find() ? m.group(1) : "";
    }

    private static T3Column column(String written) {
        if (Labels.same(written, "其它")) {
            return T3Column.LE_OTHER;
        }
        for (T3Column column : T3Column.values()) {
            if (Labels.same(written, column.label())
                    || column.label().length() >= 3 && Labels.similarity(written, column.label()) >= 0.75) {
                return column;
            }
        }
        return null;
    }

    /** A heading, the start of table 4, or a paragraph that is like no label of table 3. */
    private static boolean endsTable(Line line) {
        if (Headings.sectionOf(line).isPresent() || line.has("行政复议") && line.has("行政诉讼")) {
            return true;
        }
        if (!line.isSingle()) {
            return false;
        }
        String only = line.first();
        return Stream.concat(
                        Arrays.stream(T3Row.values()).map(T3Row::label),
                        Stream.concat(GROUPS.stream(), Stream.of(T3Row.RESULTS)))
                .noneMatch(label -> Labels.similarity(only, label) >= 0.5);
    }

    private static List<String> rowCells(T3Row row) {
        return Arrays.stream(T3Column.values()).map(c -> Cells.t3(row, c)).toList();
    }

    private static List<String> columnCells(T3Column column) {
        return Arrays.stream(T3Row.values()).map(r -> Cells.t3(r, column)).toList();
    }

    private static List<String> groupCells(String group) {
        return Arrays.stream(T3Row.values())
                .filter(r -> group.equals(r.level2()))
                .flatMap(r -> rowCells(r).stream())
                .toList();
    }
}
