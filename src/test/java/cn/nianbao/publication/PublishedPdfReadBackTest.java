package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.pdf.HtmlPdf;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.reading.FormatVersion;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.report.format.reading.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The PDF Nianbao publishes (the portal's download, templates/public/report-print.html through HtmlPdf) read back
 * through the checker's own reader from its text layer: for every sample, the same agency and year, every figure of
 * tables 二, 三 and 四 in its cell, the six headings found, each section's text as written with its paragraphs (one
 * per line) but without spaces, and nothing the checker would object to in shape or labels
 * ({@link Samples#assertReadsAs}). Spaces are not compared: where a line of the PDF breaks at a space, the PDF holds
 * no space (「…的解读。」 ends one line, 「2023年…」 starts the next), so the reader cannot know there was one. The samples include table 三 split over two pages, where the PDF repeats
 * its header rows.
 */
class PublishedPdfReadBackTest {

    static final List<String> SAMPLES = Samples.ALL;

    private static final Instant PUBLISHED = Instant.parse("2025-01-20T02:00:00Z");

    private final ReportPdf pdf = new ReportPdf(templates(), new HtmlPdf());

    /** The published PDF of a report with this content, as the portal renders it for download. */
    byte[] published(ReadReport source) {
        ReportView view = new ReportView(
                1,
                1,
                source.agency().orElseThrow(),
                source.year().orElseThrow(),
                ReportStage.PUBLISHED,
                7,
                PUBLISHED,
                source.content());
        return pdf.render(
                new PublishedReport(1, 1, view.agencyName(), view.year(), view.title(), PUBLISHED, 1),
                StandardLayout.of(view));
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void a_published_pdf_reads_back_with_the_same_tables_sections_agency_and_year(String sample) throws IOException {
        ReadReport source = Samples.read(sample);
        byte[] rendered = published(source);
        Path copy = Path.of("target", "downloads", sample.replace(".txt", ".pdf"));
        Files.createDirectories(copy.getParent());
        Files.write(copy, rendered);

        ReadReport readBack = new ReportReader().read("报告.pdf", rendered);

        assertThat(readBack.format()).isEqualTo(FormatVersion.F2021);
        Samples.assertReadsAs(source, readBack, text -> text.replace(" ", ""));
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
