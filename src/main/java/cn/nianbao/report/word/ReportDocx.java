package cn.nianbao.report.word;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.OfficialGrid;
import cn.nianbao.report.format.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A report as a Word file in the layout of the national template: the title, the six headings, the text as
 * paragraphs, and tables 二, 三, 四 after the text of their section as bordered Word tables with the official merged
 * cells ({@link OfficialGrid}). A4 portrait with 2 cm margins; the text in 仿宋_GB2312, the title and tables in 宋体,
 * headings in 黑体, and 宋体 as the document's default East Asian font, so a machine without a font falls back to one
 * every Chinese Windows has. Written by Apache POI; read back by the report reader to the same figures and text.
 */
public final class ReportDocx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String TABLE_FONT = "宋体";
    private static final String TEXT_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    /** A4 in twentieths of a point, and 2 cm margins: 9,638 left for the text and the tables. */
    private static final int A4_WIDTH = 11_906;

    private static final int A4_HEIGHT = 16_838;
    private static final int MARGIN = 1_134;
    private static final int[] T2_WIDTHS = {2_638, 2_333, 2_333, 2_334};
    private static final int[] T3_WIDTHS = {700, 1_300, 2_638, 625, 625, 625, 625, 625, 625, 625, 625};
    private static final int[] T4_WIDTHS = repeat(OfficialGrid.T4_COLUMNS, 9_638 / OfficialGrid.T4_COLUMNS);

    private ReportDocx() {}

    /** The .docx of the report as the person reading it sees it (any stage). */
    public static byte[] of(ReportView report) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageAndFonts(document);
            document.getProperties().getCoreProperties().setTitle(PlainText.printable(report.title()));
            paragraph(document, PlainText.printable(report.title()), TABLE_FONT, 22, ParagraphAlignment.CENTER);
            OfficialGrid grids = new OfficialGrid(report.content().tables());
            for (Section section : Section.values()) {
                paragraph(document, section.heading(), HEADING_FONT, 16, ParagraphAlignment.LEFT);
                for (String text : PlainText.paragraphs(report.content().text(section))) {
                    XWPFParagraph paragraph = paragraph(document, text, TEXT_FONT, 16, ParagraphAlignment.BOTH);
                    paragraph.setIndentationFirstLine(640);
                }
                switch (section) {
                    case S2 -> WordTable.write(document, grids.table2(), T2_WIDTHS, 10.5);
                    case S3 -> WordTable.write(document, grids.table3(), T3_WIDTHS, 9);
                    case S4 -> WordTable.write(document, grids.table4(), T4_WIDTHS, 9);
                    default -> {}
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // written to memory: not a failure a person can do anything about
            throw new UncheckedIOException(e);
        }
    }

    /** Its file name: the title and the extension. */
    public static String fileName(ReportView report) {
        return PlainText.printable(report.title()) + ".docx";
    }

    static void font(XWPFRun run, String eastAsian, double size) {
        run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
        run.setFontFamily(eastAsian, FontCharRange.eastAsia);
        run.setFontSize(size);
    }

    private static XWPFParagraph paragraph(
            XWPFDocument document, String text, String font, double size, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        font(run, font, size);
        run.setText(text);
        return paragraph;
    }

    private static void pageAndFonts(XWPFDocument document) {
        CTSectPr page = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = page.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = page.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(LATIN_FONT);
        defaults.setHAnsi(LATIN_FONT);
        defaults.setEastAsia(TABLE_FONT);
        document.createStyles().setDefaultFonts(defaults);
        document.getStyles().setEastAsia("zh-CN");
    }

    private static int[] repeat(int count, int width) {
        int[] widths = new int[count];
        Arrays.fill(widths, width);
        return widths;
    }
}
