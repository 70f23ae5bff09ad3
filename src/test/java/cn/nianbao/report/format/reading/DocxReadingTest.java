package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.report.format.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word file made by another tool (here built with POI from a sample's plain text: its tables as Word tables whose
 * merged cells are real merges, and a note under a figure in the same cell) reads exactly as the sample; and what
 * cannot be read is refused with its message: an old .doc, an encrypted file, a broken one, a zip bomb, 30 MB.
 */
class DocxReadingTest {

    private final ReportReader reader = new ReportReader();

    @Test
    void a_docx_of_another_tool_with_merged_cells_and_a_note_in_a_cell_reads_as_the_sample() throws IOException {
        Path sample = Samples.path(Samples.PINGTAN_2023);
        List<String> lines = Files.readAllLines(sample);
        ReadReport expected = reader.read(sample);

        ReadReport read = reader.read("去年的报告.docx", docx(lines));

        assertThat(read.agency()).isEqualTo(expected.agency());
        assertThat(read.year()).isEqualTo(expected.year());
        assertThat(read.content().tables().values())
                .isEqualTo(expected.content().tables().values());
        for (Section section : Section.values()) {
            assertThat(read.content().text(section))
                    .as(section.heading())
                    .isEqualTo(expected.content().text(section));
        }
        assertThat(read.structure().oddities()).isEqualTo(expected.structure().oddities());
        assertThat(read.notes()).containsEntry("t2.normative.issued", "其中修订5件");
    }

    @Test
    void an_old_doc_an_encrypted_and_a_broken_file_are_refused_with_their_messages() throws Exception {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            file.writeFilesystem(doc);
        }
        assertRefused("去年.doc", doc.toByteArray(), OfficeFile.OLD_WORD);

        byte[] plain = docx(Files.readAllLines(Samples.path(Samples.PINGTAN_2023)));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("口令");
            try (OutputStream out = encryptor.getDataStream(file)) {
                out.write(plain);
            }
            file.writeFilesystem(encrypted);
        }
        assertRefused("报告.docx", encrypted.toByteArray(), OfficeFile.ENCRYPTED);

        assertRefused("报告.docx", Arrays.copyOf(plain, plain.length / 2), OfficeFile.CORRUPT);
        assertRefused("报告.docx", zip("readme.txt", "不是 Word".getBytes()), OfficeFile.CORRUPT);
    }

    @Test
    void a_zip_bomb_and_a_30_mb_file_are_refused(@TempDir Path folder) throws IOException {
        // 300 MB of zeros packed into well under 1 MB
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(ReportReader.MAX_BYTES);
        assertRefused("报告.docx", bomb.toByteArray(), OfficeFile.ZIP_BOMB);

        byte[] large = new byte[30 * 1024 * 1024];
        assertRefused("报告.docx", large, ReportReader.DOCUMENT_TOO_LARGE);
        Path file = Files.write(folder.resolve("报告.pdf"), large);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage(ReportReader.DOCUMENT_TOO_LARGE);
    }

    private void assertRefused(String name, byte[] bytes, String message) {
        assertThatThrownBy(() -> reader.read(name, bytes))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage(message);
    }

    /**
     * The plain-text form as Word: lines with tabs are rows of a table; an empty cell after a written one widens it
     * (gridSpan), an empty cell at the start of a row continues the merge from the row above (vMerge). The figure
     * 77 of 行政规范性文件 gets a note in a second paragraph of its cell.
     */
    static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : lines) {
                if (!line.contains("\t")) {
                    table = null;
                    if (!line.isBlank()) {
                        document.createParagraph().createRun().setText(line);
                    }
                    continue;
                }
                if (table == null) {
                    table = document.createTable();
                    table.removeRow(0);
                }
                row(table.insertNewTableRow(table.getNumberOfRows()), line.split("\t", -1));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XWPFTableRow row, String[] cells) {
        boolean written = false;
        List<XWPFTableCell> placed = new ArrayList<>();
        for (String text : cells) {
            if (text.isEmpty() && written) {
                CTTcPr last = properties(placed.getLast());
                int span = last.isSetGridSpan() ? last.getGridSpan().getVal().intValue() : 1;
                (last.isSetGridSpan() ? last.getGridSpan() : last.addNewGridSpan())
                        .setVal(java.math.BigInteger.valueOf(span + 1));
                continue;
            }
            XWPFTableCell cell = row.createCell();
            placed.add(cell);
            if (text.isEmpty()) {
                properties(cell).addNewVMerge().setVal(STMerge.CONTINUE);
            } else {
                written = true;
                cell.getParagraphs().getFirst().createRun().setText(text);
                if (text.equals("77")) {
                    cell.addParagraph().createRun().setText("（其中修订5件）");
                }
            }
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
