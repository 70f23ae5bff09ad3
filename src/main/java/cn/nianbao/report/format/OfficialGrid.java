package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables 二, 三 and 四 as rows of cells with their merges (a figure is a cell of one place), from the format's own
 * description of their grids (T2Block, T3Layout, T4Layout, as the portal page draws them), so the labels and merges
 * are written in one place only: the Word file and the area's Excel workbook are both drawn from it.
 */
public final class OfficialGrid {

    public static final int T4_COLUMNS = T4Layout.dataRow().size();

    private final ReportTables tables;

    public OfficialGrid(ReportTables tables) {
        this.tables = tables;
    }

    public List<List<LabelCell>> table2() {
        List<List<LabelCell>> rows = new ArrayList<>();
        for (T2Block block : T2Block.values()) {
            rows.add(List.of(new LabelCell(block.caption(), 1, T2Block.COLUMNS)));
            List<LabelCell> header = new ArrayList<>(List.of(new LabelCell(T2Block.HEADER_LABEL, 1, 1)));
            int width = block.valueWidth();
            block.columnLabels().forEach(label -> header.add(new LabelCell(label, 1, width)));
            rows.add(header);
            for (String rowLabel : block.rowLabels()) {
                List<LabelCell> row = new ArrayList<>(List.of(new LabelCell(rowLabel, 1, 1)));
                for (T2Cell cell : block.cellsOfRow(rowLabel)) {
                    row.add(new LabelCell(value(cell.id()), 1, width));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public List<List<LabelCell>> table3() {
        List<List<LabelCell>> rows = new ArrayList<>(T3Layout.headerRows());
        for (T3Row row : T3Row.values()) {
            List<LabelCell> cells = new ArrayList<>(T3Layout.labelCells(row));
            for (T3Column column : T3Column.values()) {
                cells.add(new LabelCell(value(Cells.t3(row, column)), 1, 1));
            }
            rows.add(cells);
        }
        return rows;
    }

    public List<List<LabelCell>> table4() {
        List<List<LabelCell>> rows = new ArrayList<>(T4Layout.headerRows());
        rows.add(T4Layout.dataRow().stream()
                .map(cellId -> new LabelCell(value(cellId), 1, 1))
                .toList());
        return rows;
    }

    /** Counts as integers; the fee in 万元 to 6 decimals, as the template asks. */
    public String value(String cellId) {
        if (Cells.kindOf(cellId) == CellKind.AMOUNT_WAN) {
            BigDecimal fee = tables.value(cellId);
            return fee.setScale(ReportChecker.MAX_FEE_SCALE, RoundingMode.HALF_UP)
                    .toPlainString();
        }
        return tables.printed(cellId);
    }
}
