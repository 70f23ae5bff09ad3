package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.pdf.HtmlPdf;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.Samples;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * How the PDF breaks into pages (issue 22, items 17 and 18), read back with PDFBox page by page: a real published
 * report (淮安市人民政府 2024, whose table 三 has four-digit figures) with its first section lengthened step by step, so
 * that every heading and every table falls at every height of a page once. On no page is a section heading, a caption
 * of table 二 or the header of table 三 the last thing; table 三 splits between rows when it does not fit, with its
 * header rows again at the top of the next page and no merged label cut in two; no page but the last is left mostly
 * blank; and the header of table 三 reads 自然人, 商业企业, 科研机构, 其他, 总计 each on one line.
 */
class ReportPdfPaginationTest {

    /** Added to the first section step by step: three quarters of a printed line (44 characters at 11 pt). */
    private static final String FILLER = "本机关持续推进政务公开标准化规范化建设，完善公开目录，及时更新栏目内容，确保信息发布准确及时。";

    private static final int STEP = 33;
    /** 49 steps of three quarters of a line: more than one page of 34 lines, so every position on a page is met. */
    private static final int STEPS = 49;

    private static final Instant PUBLISHED = Instant.parse("2025-01-20T02:00:00Z");

    /** A4 with 18 mm side margins (report-print.html): where table 三's two first label columns are. */
    private static final float LEFT = 51.02f;

    private static final float WIDTH = 493.23f;
    /** The bottom margin, 20 mm, where only the page number is. */
    private static final float FOOTER = 56.7f;

    private static final float LABEL_1 = 0.082f;
    private static final float LABEL_2 = 0.15f;

    private static final List<String> MERGED_LABELS = List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");

    private final ReportPdf pdf = new ReportPdf(templates(), new HtmlPdf());

    @Test
    void no_page_ends_with_a_heading_and_table_three_repeats_its_header_where_it_splits() throws IOException {
        ReadReport sample = Samples.read(Samples.HUAIAN_2024);
        int splits = 0;
        for (int step = 0; step < STEPS; step++) {
            String variant = "淮安 2024, first section + " + step * STEP + " characters";
            List<Page> pages = pages(render(sample, FILLER.repeat(40).substring(0, step * STEP), step));

            for (Page page : pages) {
                String at = variant + ", page " + page.number() + " of " + pages.size() + ": " + page.lines();
                assertThat(page.last())
                        .as(at)
                        .isNotIn(headings())
                        .doesNotStartWith("第二十条")
                        .doesNotStartWith("信息内容");
                if (page.holdsTableThreeHeader()) {
                    assertThat(page.tableThreeRows())
                            .as("rows below the header of table 三, " + at)
                            .isPositive();
                }
                if (page.tableThreeRows() > 0) {
                    assertThat(page.holdsTableThreeHeader())
                            .as("the header of table 三 on every page it spans, " + at)
                            .isTrue();
                }
                if (page.number() < pages.size()) {
                    assertThat(page.filled())
                            .as("how far down the page is filled, " + at)
                            .isGreaterThan(0.6f);
                }
            }
            for (String label : MERGED_LABELS) {
                assertThat(pages)
                        .as(variant + ": 「" + label + "」 whole on one page")
                        .anyMatch(p -> p.labelColumns().contains(label));
            }
            if (pages.stream().filter(p -> p.tableThreeRows() > 0).count() > 1) {
                splits++;
            }
        }
        assertThat(splits).as("variants where table 三 splits").isPositive();
    }

    @Test
    void the_figure_columns_of_table_three_have_their_headers_on_one_line() throws IOException {
        Page first = pages(render(Samples.read(Samples.HUAIAN_2024), "", 0)).stream()
                .filter(Page::holdsTableThreeHeader)
                .findFirst()
                .orElseThrow();

        for (String header : List.of("自然人", "商业企业", "科研机构", "其他", "总计")) {
            assertThat(first.lines())
                    .as(header)
                    .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains(header));
        }
        // the longer two in two lines at most: 「社会公益」「组织」
        assertThat(first.lines()).anyMatch(line -> line.contains("社会公益")).anyMatch(line -> line.contains("法律服务"));
    }

    private byte[] render(ReadReport sample, String extra, int step) throws IOException {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            String text = sample.content().text(section);
            if (text != null) {
                texts.put(section, text);
            }
        }
        texts.merge(Section.S1, extra, (text, more) -> more.isEmpty() ? text : text + "\n" + more);
        String agency = "淮安市人民政府";
        ReportView view = new ReportView(
                1,
                1,
                agency,
                2024,
                ReportStage.PUBLISHED,
                1,
                PUBLISHED,
                new ReportContent(texts, sample.content().tables()));
        byte[] rendered = pdf.render(
                new PublishedReport(1, 1, agency, 2024, view.title(), PUBLISHED, 1), StandardLayout.of(view));
        Path copy = Path.of("target", "downloads", "pagination-" + step + ".pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, rendered);
        return rendered;
    }

    private static List<String> headings() {
        return Arrays.stream(Section.values()).map(Section::heading).toList();
    }

    /** Each page's lines top to bottom, without the page number in the footer, and how far down its text goes. */
    private static List<Page> pages(byte[] rendered) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(rendered)) {
            float height = document.getPage(0).getMediaBox().getHeight();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                float[] lowest = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition position : positions) {
                            if (position.getYDirAdj() < height - FOOTER) {
                                lowest[0] = Math.max(lowest[0], position.getYDirAdj());
                            }
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                List<String> lines = stripper.getText(document)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("第 "))
                        .toList();
                PDFTextStripperByArea columns = new PDFTextStripperByArea();
                columns.setSortByPosition(true);
                columns.addRegion("1", new Rectangle2D.Float(LEFT, 0, WIDTH * LABEL_1, height));
                columns.addRegion("2", new Rectangle2D.Float(LEFT + WIDTH * LABEL_1, 0, WIDTH * LABEL_2, height));
                columns.extractRegions(document.getPage(number - 1));
                String labelColumns =
                        (columns.getTextForRegion("1") + "|" + columns.getTextForRegion("2")).replaceAll("\\s+", "");
                pages.add(new Page(number, lines, lowest[0] / height, labelColumns));
            }
        }
        return pages;
    }

    /**
     * A page as read back: its lines, how far down its last line starts (a fraction of the page's height), and the
     * text of table 三's two first label columns, line breaks removed.
     */
    private record Page(int number, List<String> lines, float filled, String labelColumns) {

        String last() {
            return lines.getLast();
        }

        boolean holdsTableThreeHeader() {
            return lines.contains("申请人情况");
        }

        /** The lines of table 三's rows: seven figures, one per applicant column (table 四's row has fifteen). */
        long tableThreeRows() {
            int header = lines.indexOf("申请人情况");
            return IntStream.range(Math.max(header, 0), lines.size())
                    .mapToObj(lines::get)
                    .filter(line -> Arrays.stream(line.split("\\s+"))
                                    .filter(token -> token.matches("\\d+"))
                                    .count()
                            == 7)
                    .count();
        }
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
