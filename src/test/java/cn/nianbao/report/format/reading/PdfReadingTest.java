package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T4Layout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs that Nianbao did not make, built here with PDFBox: one drawn by another tool (text placed at positions, a
 * table 四 with merged header cells drawn as ruled lines, its text layer naming 工 and 一 by their Kangxi radicals ⼯
 * and ⼀ as PDFBox writes them) reads to its figures and texts; a scan (a page that is only a
 * picture), an encrypted PDF and one over 20 MB are refused with their messages, never guessed at.
 */
class PdfReadingTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final List<String> FIGURES =
            List.of("1", "2", "0", "3", "6", "4", "0", "1", "0", "5", "0", "0", "2", "1", "3");

    private final ReportReader reader = new ReportReader();

    @Test
    void a_pdf_drawn_by_another_tool_reads_its_table_from_the_ruled_lines_and_its_paragraphs_from_the_lines()
            throws IOException {
        ReadReport read = reader.read("别处的报告.pdf", otherToolsPdf(true));

        assertThat(read.agency()).contains("某某市某某局");
        assertThat(read.year()).hasValue(2024);
        assertThat(read.content().text(Section.S1))
                .isEqualTo("本年度，本局认真贯彻落实《政府信息公开条例》，" + "坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，" + "不断提升政务公开质量和实效。");
        List<String> cells = T4Layout.dataRow();
        for (int c = 0; c < cells.size(); c++) {
            assertThat(read.content().tables().value(cells.get(c)))
                    .as(cells.get(c))
                    .isEqualByComparingTo(new BigDecimal(FIGURES.get(c)));
        }
        assertThat(read.structure().headings()).contains(Section.S1, Section.S4);
    }

    /** Without ruling lines, a row is cut into cells where the gaps are wide: the figures are read from the left. */
    @Test
    void a_table_drawn_without_lines_is_read_from_the_gaps_between_its_cells() throws IOException {
        ReadReport read = reader.read("别处的报告.pdf", otherToolsPdf(false));

        List<String> cells = T4Layout.dataRow();
        for (int c = 0; c < cells.size(); c++) {
            assertThat(read.content().tables().value(cells.get(c)))
                    .as(cells.get(c))
                    .isEqualByComparingTo(new BigDecimal(FIGURES.get(c)));
        }
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_is_refused_as_a_scan() throws IOException {
        byte[] scan;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.BLACK);
            g.fillRect(20, 20, 160, 8);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 595, 842);
            }
            scan = bytes(document);
        }

        assertThatThrownBy(() -> reader.read("扫描件.pdf", scan))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage(PdfLines.SCANNED)
                .hasMessageContaining("扫描件")
                .hasMessageContaining("OCR");
    }

    /** The time limit holds for a PDF as for any file: one not read in time is refused, never half read. */
    @Test
    void a_pdf_not_read_within_the_time_limit_is_refused() throws IOException {
        byte[] pdf = otherToolsPdf(true);

        assertThatThrownBy(() -> new ReportReader(java.time.Duration.ofNanos(1)).read("别处的报告.pdf", pdf))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage(ReadingBudget.TOO_SLOW);
    }

    @Test
    void an_encrypted_pdf_is_refused_as_encrypted() throws IOException {
        byte[] encrypted;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            encrypted = bytes(document);
        }

        assertThatThrownBy(() -> reader.read("加密.pdf", encrypted))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage(PdfLines.ENCRYPTED);
    }

    @Test
    void a_pdf_or_word_file_of_30_mb_is_refused_by_its_size(@TempDir Path folder) throws IOException {
        byte[] big = new byte[30 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
        Path pdf = Files.write(folder.resolve("report.pdf"), big);
        Path docx = Files.write(folder.resolve("report.docx"), big);

        for (Path file : List.of(pdf, docx)) {
            assertThatThrownBy(() -> reader.read(file))
                    .isInstanceOf(UnreadableReportException.class)
                    .hasMessage(ReportReader.DOCUMENT_TOO_LARGE);
            assertThatThrownBy(() -> reader.read(file.getFileName().toString(), big))
                    .isInstanceOf(UnreadableReportException.class)
                    .hasMessage("文件过大（Word 和 PDF 文件最大 20 MB）。");
        }
    }

    /** A title, section 一 over two lines, and table 四 (three header rows with merged cells, 15 figures), ruled. */
    private static byte[] otherToolsPdf(boolean ruled) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font =
                        PdfReadingTest.class.getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            PDType0Font chinese = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, chinese, 16, 150, 80, "某某市某某局2024年政府信息公开工作年度报告");
                text(content, chinese, 12, 40, 120, "一、总体情况");
                text(content, chinese, 10, 60, 145, "本年度，本局认真贯彻落实《政府信息公开条例》，坚持以公开为常态、不公开为例外，全面推进决策、");
                text(content, chinese, 10, 40, 162, "执行、管理、服务、结果公开，不断提升政务公开质量和实效。");
                text(content, chinese, 12, 40, 190, "四、政府信息公开行政复议、行政诉讼情况");
                table4(content, chinese, ruled);
            }
            return bytes(document);
        }
    }

    private static void table4(PDPageContentStream content, PDType0Font font, boolean ruled) throws IOException {
        float x0 = 40;
        float w = 34;
        float[] rows = {200, 220, 240, 260, 280};
        if (ruled) {
            rules(content, x0, w, rows);
        }
        text(content, font, 8, x0 + 2, rows[0] + 14, "行政复议");
        text(content, font, 8, x0 + 5 * w + 2, rows[0] + 14, "行政诉讼");
        List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (int c = 0; c < 5; c++) {
            text(content, font, 7, x0 + c * w + 2, rows[1] + 24, results.get(c));
            text(content, font, 7, x0 + (5 + c) * w + 2, rows[2] + 14, results.get(c));
            text(content, font, 7, x0 + (10 + c) * w + 2, rows[2] + 14, results.get(c));
        }
        text(content, font, 8, x0 + 5 * w + 2, rows[1] + 14, "未经复议直接起诉");
        text(content, font, 8, x0 + 10 * w + 2, rows[1] + 14, "复议后起诉");
        for (int c = 0; c < 15; c++) {
            text(content, font, 8, x0 + c * w + 12, rows[3] + 14, FIGURES.get(c));
        }
    }

    private static void rules(PDPageContentStream content, float x0, float w, float[] rows) throws IOException {
        line(content, x0, rows[0], x0 + 15 * w, rows[0]);
        line(content, x0, rows[1], x0 + 15 * w, rows[1]);
        line(content, x0 + 5 * w, rows[2], x0 + 15 * w, rows[2]);
        line(content, x0, rows[3], x0 + 15 * w, rows[3]);
        line(content, x0, rows[4], x0 + 15 * w, rows[4]);
        for (int c : new int[] {0, 5, 15}) {
            line(content, x0 + c * w, rows[0], x0 + c * w, rows[1]);
        }
        for (int c = 0; c <= 15; c++) {
            boolean inSecondRow = c <= 5 || c == 10 || c == 15;
            line(content, x0 + c * w, inSecondRow ? rows[1] : rows[2], x0 + c * w, rows[4]);
        }
    }

    /** Text at a position measured from the top of the page, as the baseline. */
    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, TOP - y);
        content.showText(text);
        content.endText();
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, TOP - y1);
        content.lineTo(x2, TOP - y2);
        content.stroke();
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
