package cn.nianbao.report.word;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.report.format.reading.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The report as a Word file: every sample written to .docx reads back through the checker's own reader to the same
 * figures, sections, agency and year; and the file has the template's layout as Word stores it (A4, the tables'
 * grids and merges, the fee to 6 decimals), which is what Word and LibreOffice draw.
 */
class ReportDocxTest {

    static final List<String> SAMPLES = Samples.ALL;

    static ReportView view(ReadReport source) {
        return new ReportView(
                1,
                1,
                source.agency().orElseThrow(),
                source.year().orElseThrow(),
                ReportStage.DRAFTING,
                3,
                Instant.parse("2025-01-20T02:00:00Z"),
                source.content());
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void a_sample_written_as_docx_reads_back_with_the_same_tables_and_sections(String sample) throws IOException {
        ReadReport source = Samples.read(sample);

        byte[] docx = ReportDocx.of(view(source));
        ReadReport readBack = new ReportReader().read("报告.docx", docx);

        Samples.assertReadsAs(source, readBack);
    }

    @Test
    void the_docx_has_the_template_layout_a4_grids_merges_and_the_fee_to_six_decimals() throws IOException {
        ReadReport source = Samples.read(Samples.PINGTAN_2023);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ReportDocx.of(view(source))))) {
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW())
                    .hasToString("11906");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables)
                    .extracting(t -> t.getCTTbl().getTblGrid().sizeOfGridColArray())
                    .containsExactly(4, 11, 15);
            assertThat(tables).extracting(XWPFTable::getNumberOfRows).containsExactly(14, 28, 4);

            XWPFTable t2 = tables.getFirst();
            assertThat(t2.getRow(0).getCell(0).getText()).isEqualTo("第二十条第（一）项");
            assertThat(span(t2.getRow(0).getCell(0))).isEqualTo(4);
            BigDecimal fee = source.content().tables().value(T2Cell.FEES_AMOUNT.id());
            assertThat(t2.getRow(13).getCell(1).getText())
                    .isEqualTo(fee.setScale(6).toPlainString());
            assertThat(span(t2.getRow(13).getCell(1))).isEqualTo(3);

            XWPFTable t3 = tables.get(1);
            XWPFTableCell note = t3.getRow(0).getCell(0);
            assertThat(span(note)).isEqualTo(3);
            assertThat(merge(note)).isEqualTo(STMerge.RESTART);
            assertThat(t3.getRow(2).getCell(0).getCTTc().getTcPr().isSetVMerge())
                    .as("the note's cell merged down two rows")
                    .isTrue();
            assertThat(span(t3.getRow(2).getCell(0))).isEqualTo(3);
            // 「三、本年度办理结果」 starts a merge of 22 rows: it and the 21 rows below it
            int results = 5;
            assertThat(t3.getRow(results).getCell(0).getText()).isEqualTo("三、本年度办理结果");
            assertThat(merge(t3.getRow(results).getCell(0))).isEqualTo(STMerge.RESTART);
            for (int r = results + 1; r < results + 22; r++) {
                assertThat(t3.getRow(r).getCell(0).getText()).as("row " + r).isEmpty();
                assertThat(t3.getRow(r).getCell(0).getCTTc().getTcPr().isSetVMerge())
                        .as("row " + r)
                        .isTrue();
            }
            assertThat(t3.getRow(results + 22).getCell(0).getText()).isEqualTo("四、结转下年度继续办理");

            XWPFTable t4 = tables.get(2);
            assertThat(t4.getRow(0).getCell(0).getText()).isEqualTo("行政复议");
            assertThat(span(t4.getRow(0).getCell(0))).isEqualTo(5);
            assertThat(span(t4.getRow(0).getCell(1))).isEqualTo(10);
            assertThat(t4.getRow(3).getTableCells()).hasSize(15);
        }
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
    }

    private static STMerge.Enum merge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties.isSetVMerge() ? properties.getVMerge().getVal() : null;
    }
}
