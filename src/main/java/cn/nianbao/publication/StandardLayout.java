package cn.nianbao.publication;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.LabelCell;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Block;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Layout;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import java.util.Arrays;
import java.util.List;

/**
 * A report prepared for the standard-layout template (templates/public/report.html): sections as paragraphs,
 * tables as rows of label cells and formatted values, in the official order and merges. The text is what
 * {@link PlainText} lets a page show, whatever was stored.
 */
record StandardLayout(
        String title,
        List<SectionText> sections,
        List<T2Block> t2Blocks,
        List<List<LabelCell>> t3Header,
        List<T3Line> t3Rows,
        List<List<LabelCell>> t4Header,
        List<String> t4Cells,
        ReportTables tables) {

    record SectionText(Section section, List<String> paragraphs) {}

    record T3Line(List<LabelCell> labels, List<String> cells) {}

    static StandardLayout of(ReportView report) {
        List<SectionText> sections = Arrays.stream(Section.values())
                .map(s ->
                        new SectionText(s, PlainText.paragraphs(report.content().text(s))))
                .toList();
        List<T3Line> t3 = Arrays.stream(T3Row.values())
                .map(row -> new T3Line(
                        T3Layout.labelCells(row),
                        Arrays.stream(T3Column.values())
                                .map(c -> Cells.t3(row, c))
                                .toList()))
                .toList();
        return new StandardLayout(
                PlainText.printable(report.title()),
                sections,
                List.of(T2Block.values()),
                T3Layout.headerRows(),
                t3,
                T4Layout.headerRows(),
                T4Layout.dataRow(),
                report.content().tables());
    }

    public String value(String cellId) {
        return tables.printed(cellId);
    }
}
