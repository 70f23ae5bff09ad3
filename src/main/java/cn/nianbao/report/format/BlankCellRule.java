package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN for cells left blank or written as 「/」 or 「—」 in a published report (FORMAT.md §5.2): the format wants 0.
 * A warning; the cell is read as 0.
 */
public final class BlankCellRule {

    public List<Finding> check(ReportStructure structure) {
        List<Finding> findings = new ArrayList<>();
        for (String cellId : Cells.all()) {
            String written = structure.blankCells().get(cellId);
            if (written != null) {
                String as = written.isBlank() ? "空白" : "写作「" + written.strip() + "」";
                findings.add(Finding.warning(
                        "DOMAIN", List.of(cellId), ReportChecker.cellName(cellId) + as + "，按 0 读入；规定格式要求没有数字时填 0。"));
            }
        }
        return findings;
    }
}
