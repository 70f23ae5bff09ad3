package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Labels;
import cn.nianbao.report.format.ReportStructure.Table;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.report.format.T4Layout;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table 4 (政府信息公开行政复议、行政诉讼情况): the header rows starting with 「行政复议 | 行政诉讼」, then one data row of
 * 15 figures in the order of {@link T4Layout#dataRow()}. A data row of exactly 15 cells is read cell by cell (a blank
 * cell is a blank); otherwise its figures are read from the left.
 */
final class Table4Reader {

    private static final int MAX_HEADER_LINES = 4;

    private final Observations seen;
    private final ReadingBudget budget;
    private final Set<Integer> consumed = new HashSet<>();

    Table4Reader(Observations seen, ReadingBudget budget) {
        this.seen = seen;
        this.budget = budget;
    }

    Set<Integer> read(List<Line> lines) throws UnreadableReportException {
        int i = 0;
        while (i < lines.size()
                && !(lines.get(i).has(T4Group.REVIEW.label()) && lines.get(i).has(T4Group.LITIGATION))) {
            budget.inTime();
            i++;
        }
        if (i == lines.size()) {
            return consumed;
        }
        seen.tables.add(Table.T4);
        int headerLines = 0;
        while (i < lines.size()
                && headerLines < MAX_HEADER_LINES
                && lines.get(i).cells().stream().noneMatch(c -> Figure.of(c).isNumber())) {
            lines.get(i).nonEmpty().forEach(this::headerLabel);
            consumed.add(i++);
            headerLines++;
        }
        if (i < lines.size() && Headings.sectionOf(lines.get(i)).isEmpty()) {
            readData(lines.get(i));
            consumed.add(i);
        }
        return consumed;
    }

    private void readData(Line line) {
        List<String> cellIds = T4Layout.dataRow();
        Map<String, Figure> figures = new LinkedHashMap<>();
        int numbers;
        if (line.cells().size() == cellIds.size()) {
            for (int c = 0; c < cellIds.size(); c++) {
                Figure figure = Figure.of(line.cells().get(c));
                if (figure.isValue()) {
                    figures.put(cellIds.get(c), figure);
                }
            }
            numbers = (int)
                    line.cells().stream().filter(c -> Figure.of(c).isValue()).count();
        } else {
            List<Figure> values = line.nonEmpty().stream()
                    .map(Figure::of)
                    .filter(Figure::isValue)
                    .toList();
            for (int c = 0; c < Math.min(values.size(), cellIds.size()); c++) {
                figures.put(cellIds.get(c), values.get(c));
            }
            numbers = values.size();
        }
        seen.row(cellIds, figures, numbers);
    }

    private void headerLabel(String written) {
        for (T4Column column : T4Column.values()) {
            if (Labels.similarity(written, column.label()) >= 0.75) {
                seen.label(
                        column.label(),
                        written,
                        Arrays.stream(T4Group.values())
                                .map(g -> Cells.t4(g, column))
                                .toList());
                return;
            }
        }
        for (String group : List.of(
                T4Group.REVIEW.label(), T4Group.LITIGATION, T4Group.LIT_DIRECT.label(), T4Group.LIT_AFTER.label())) {
            if (Labels.similarity(written, group) >= 0.75) {
                seen.label(group, written, List.of());
                return;
            }
        }
    }
}
