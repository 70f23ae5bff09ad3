package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Labels;
import cn.nianbao.report.format.ReportStructure.Oddity;
import cn.nianbao.report.format.ReportStructure.Table;
import cn.nianbao.report.format.T2Block;
import cn.nianbao.report.format.T2Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table 2 (主动公开政府信息情况): blocks headed by 「第二十条第（X）项」, each with its header row 「信息内容 | …」 and
 * data rows. Figures are taken from the columns the header names; a 2019 trial-format column or block is noted and
 * its figures are not read into the 2021 cells (except 「处理决定数量」, the 2021 「本年处理决定数量」 shortened).
 */
final class Table2Reader {

    private static final Pattern CAPTION = Pattern.compile("^第二十条第\\((.{1,3})\\)项$");
    private static final Map<String, T2Block> BLOCKS =
            Map.of("一", T2Block.ITEM_1, "五", T2Block.ITEM_5, "六", T2Block.ITEM_6, "八", T2Block.ITEM_8);
    private static final Set<String> COLUMNS_OF_2019 =
            Set.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减", "采购项目数量", "采购总金额");

    private final Observations seen;
    private final ReadingBudget budget;
    private final Set<Integer> consumed = new HashSet<>();

    Table2Reader(Observations seen, ReadingBudget budget) {
        this.seen = seen;
        this.budget = budget;
    }

    /** Reads table 2 if the lines have it; returns the indexes of the lines that belong to it. */
    Set<Integer> read(List<Line> lines) throws UnreadableReportException {
        int i = 0;
        while (i < lines.size() && caption(lines.get(i)).isEmpty()) {
            budget.inTime();
            i++;
        }
        if (i == lines.size()) {
            return consumed;
        }
        seen.tables.add(Table.T2);
        while (i < lines.size()) {
            Optional<String> item = caption(lines.get(i));
            if (item.isEmpty()) {
                break;
            }
            budget.inTime();
            i = readBlock(lines, i, item.get());
        }
        return consumed;
    }

    private int readBlock(List<Line> lines, int at, String item) throws UnreadableReportException {
        Line captionLine = lines.get(at);
        consumed.add(at);
        T2Block block = BLOCKS.get(item);
        int i = at + 1;
        if (block == null) {
            String rows = "";
            while (i < lines.size() && isRow(lines.get(i))) {
                budget.inTime();
                if (!lines.get(i).has(T2Block.HEADER_LABEL)) {
                    rows += (rows.isEmpty() ? "" : "、") + lines.get(i).first();
                }
                consumed.add(i++);
            }
            if (item.equals("九")) {
                seen.formatSigns.add(FormatVersion.F2019);
                seen.oddity(Oddity.Kind.T2_ITEM_9, Table.T2, rows.isEmpty() ? "政府集中采购" : rows, List.of());
            } else {
                seen.oddity(Oddity.Kind.UNKNOWN_ROW, Table.T2, captionLine.first(), List.of());
            }
            return i;
        }
        seen.label(block.caption(), captionLine.first(), cellsOf(block));
        Map<Integer, Integer> columnAt = new LinkedHashMap<>();
        int headerLabelAt = 0;
        if (i < lines.size() && Labels.same(lines.get(i).first(), T2Block.HEADER_LABEL)) {
            Line header = lines.get(i);
            headerLabelAt = header.cells().indexOf(header.first());
            columnAt = columns(block, header, headerLabelAt);
            consumed.add(i++);
        } else {
            seen.oddity(Oddity.Kind.NO_HEADER, Table.T2, block.caption(), cellsOf(block));
            for (int c = 0; c < block.columnLabels().size(); c++) {
                columnAt.put(c + 1, c);
            }
        }
        while (i < lines.size() && isRow(lines.get(i))) {
            budget.inTime();
            readRow(block, lines.get(i), columnAt, headerLabelAt);
            consumed.add(i++);
        }
        return i;
    }

    /** Header position → index of the block's column; 2019 and unknown columns are noted and left out. */
    private Map<Integer, Integer> columns(T2Block block, Line header, int labelAt) {
        seen.label(T2Block.HEADER_LABEL, header.first(), List.of());
        Map<Integer, Integer> columnAt = new LinkedHashMap<>();
        List<String> obsolete = new ArrayList<>();
        for (int p = labelAt + 1; p < header.cells().size(); p++) {
            String written = header.cells().get(p);
            if (written.isEmpty()) {
                continue;
            }
            String normalized = Labels.normalize(written);
            if (COLUMNS_OF_2019.contains(normalized)) {
                obsolete.add(written);
                continue;
            }
            int column = Closest.label(written, block.columnLabels())
                    .map(block.columnLabels()::indexOf)
                    .orElse(-1);
            if (column < 0) {
                seen.oddity(Oddity.Kind.UNKNOWN_COLUMN, Table.T2, written, List.of());
                continue;
            }
            String official = block.columnLabels().get(column);
            if (Labels.same(written, official)) {
                seen.formatSigns.add(FormatVersion.F2021);
            }
            seen.label(
                    official,
                    written,
                    Arrays.stream(T2Cell.values())
                            .filter(c -> c.block() == block && c.columnLabel().equals(official))
                            .map(T2Cell::id)
                            .toList());
            columnAt.put(p, column);
        }
        if (!obsolete.isEmpty()) {
            seen.formatSigns.add(FormatVersion.F2019);
            seen.oddity(Oddity.Kind.OBSOLETE_T2_COLUMN, Table.T2, String.join("」「", obsolete), cellsOf(block));
        }
        return columnAt;
    }

    private void readRow(T2Block block, Line line, Map<Integer, Integer> columnAt, int headerLabelAt) {
        String written = line.first();
        String rowLabel = Closest.label(written, block.rowLabels()).orElse(null);
        if (rowLabel == null) {
            seen.oddity(Oddity.Kind.UNKNOWN_ROW, Table.T2, written, List.of());
            return;
        }
        List<String> cells = block.cellsOfRow(rowLabel).stream().map(T2Cell::id).toList();
        if (seen.hasRow(cells)) {
            seen.oddity(Oddity.Kind.DUPLICATE_ROW, Table.T2, rowLabel, cells);
            return;
        }
        seen.label(rowLabel, written, cells);
        int labelAt = line.cells().indexOf(written);
        Map<String, Figure> figures = new LinkedHashMap<>();
        columnAt.forEach((position, column) -> {
            int p = labelAt + position - headerLabelAt;
            if (p < line.cells().size()) {
                Figure figure = Figure.of(line.cells().get(p));
                if (figure.isValue()) {
                    figures.put(cells.get(column), figure);
                }
            }
        });
        int numbers = (int) line.cells().subList(labelAt + 1, line.cells().size()).stream()
                .filter(c -> !c.isEmpty() && Figure.of(c).isValue())
                .count();
        seen.row(cells, figures, numbers);
    }

    /** A line that belongs to a block: its header or a data row, not the next caption, a heading or a paragraph. */
    private static boolean isRow(Line line) {
        if (caption(line).isPresent()
                || Headings.sectionOf(line).isPresent()
                || line.cells().stream().anyMatch(c -> Table3Reader.isNote(c) || Labels.same(c, "申请人情况"))) {
            return false;
        }
        if (!line.isSingle()) {
            return true;
        }
        String only = line.first();
        return Labels.same(only, T2Block.HEADER_LABEL)
                || Closest.label(
                                only,
                                Arrays.stream(T2Block.values())
                                        .flatMap(b -> b.rowLabels().stream())
                                        .toList())
                        .isPresent();
    }

    private static Optional<String> caption(Line line) {
        Matcher m = CAPTION.matcher(Labels.normalize(line.first()));
        return m.matches() && line.isSingle() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> cellsOf(T2Block block) {
        return Arrays.stream(T2Cell.values())
                .filter(c -> c.block() == block)
                .map(T2Cell::id)
                .toList();
    }
}
