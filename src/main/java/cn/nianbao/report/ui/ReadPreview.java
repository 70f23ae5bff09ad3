package cn.nianbao.report.ui;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportStructure;
import cn.nianbao.report.format.ReportStructure.Table;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.reading.ReadReport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.List;

/**
 * What was read from a file, for the handler to look over before importing it: the section headings found (as the
 * file writes them) and the missing ones, and how many cells of each table a figure was read into; the tables below
 * it ({@link ReportDocument}) show every figure as read, cell by cell.
 */
class ReadPreview extends Div {

    ReadPreview(ReadReport report) {
        setId("check-read");
        ReportStructure structure = report.structure();
        add(new H3("读到的内容"));
        UnorderedList headings = new UnorderedList();
        headings.setId("check-read-headings");
        for (Section section : Section.values()) {
            int at = structure.headings().indexOf(section);
            String written = at >= 0 && at < structure.writtenHeadings().size()
                    ? structure.writtenHeadings().get(at)
                    : null;
            ListItem item = new ListItem(written != null ? "✓ " + written : "✗ 未找到「" + section.heading() + "」");
            item.getElement().setAttribute("data-found", String.valueOf(written != null));
            headings.add(item);
        }
        add(new Paragraph("章节标题："), headings);
        List<String> read = List.copyOf(structure.cellsRead());
        StringBuilder cells = new StringBuilder("表格读到的数字：");
        for (Table table : List.of(Table.T2, Table.T3, Table.T4)) {
            long all = Cells.all().stream()
                    .filter(c -> ReportStructure.tableOf(c) == table)
                    .count();
            long found = read.stream()
                    .filter(c -> ReportStructure.tableOf(c) == table)
                    .count();
            cells.append(table.displayName())
                    .append(' ')
                    .append(found)
                    .append('/')
                    .append(all)
                    .append(table == Table.T4 ? "" : "，");
        }
        Paragraph counts = new Paragraph(cells + "。下方的表格就是读到的每一个数字，请逐格核对后再导入。");
        counts.setId("check-read-cells");
        add(counts);
        long missing = Arrays.stream(Section.values())
                .filter(s -> !structure.headings().contains(s))
                .count();
        if (missing > 0) {
            add(new Paragraph("有 " + missing + " 个章节标题没有找到，相应的正文可能归入了上一节。"));
        }
    }
}
