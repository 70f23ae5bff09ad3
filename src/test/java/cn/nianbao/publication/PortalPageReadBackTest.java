package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.reading.FormatVersion;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.report.format.reading.Samples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A report published on the portal (templates/public/report.html, the standard layout with the official merged
 * cells) and saved as a web page reads back as the same report: every figure, every section, the agency and year of
 * the title, and nothing the checker would object to. Each sample is read, rendered, and read again.
 */
class PortalPageReadBackTest {

    static final List<String> SAMPLES = Samples.ALL;

    private static final SpringTemplateEngine TEMPLATES = templates();

    private final ReportReader reader = new ReportReader();

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The portal page of a report with this content, as the portal controller renders it. */
    private static String portalPage(ReadReport source) {
        ReportView view = new ReportView(
                1,
                1,
                source.agency().orElseThrow(),
                source.year().orElseThrow(),
                ReportStage.PUBLISHED,
                7,
                Instant.parse("2025-01-20T02:00:00Z"),
                source.content());
        Context context = new Context();
        context.setVariable(
                "entry",
                new PublishedReport(
                        1, 1, view.agencyName(), view.year(), view.title(), Instant.parse("2025-01-20T02:00:00Z"), 1));
        context.setVariable("report", StandardLayout.of(view));
        return TEMPLATES.process("public/report", context);
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void a_sample_rendered_on_the_portal_reads_back_with_the_same_figures_sections_agency_and_year(String sample)
            throws IOException {
        ReadReport source = Samples.read(sample);
        String page = portalPage(source);
        assertThat(page).contains("data-cell=\"t3.r.deny.2.total\"", "rowspan=\"22\"");

        ReadReport readBack = reader.readHtml(page);

        assertThat(readBack.format()).isEqualTo(FormatVersion.F2021);
        Samples.assertReadsAs(source, readBack);
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void the_portal_page_saved_in_gbk_inside_a_layout_table_reads_back_the_same(String sample, @TempDir Path folder)
            throws IOException {
        ReadReport source = Samples.read(sample);
        String page = portalPage(source);
        String body = page.substring(page.indexOf("<body>") + "<body>".length(), page.indexOf("</body>"));
        String saved = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
                + "<title>" + source.agency().orElseThrow() + "-政府信息公开年报</title></head><body>"
                + "<table width=\"100%\"><tr><td class=\"nav\">首页</td><td>政务公开</td></tr>"
                + "<tr><td colspan=\"2\">" + body + "</td></tr></table></body></html>";
        Path file = Files.writeString(folder.resolve("report.htm"), saved, Charset.forName("GBK"));

        ReadReport readBack = reader.read(file);

        assertThat(readBack.agency()).isEqualTo(source.agency());
        assertThat(readBack.content().tables().values().keySet()).containsExactlyInAnyOrderElementsOf(Cells.all());
        source.content()
                .tables()
                .values()
                .forEach((cellId, value) -> assertThat(
                                readBack.content().tables().value(cellId))
                        .as(cellId)
                        .isEqualByComparingTo(value));
        assertThat(readBack.content().text(Section.S1))
                .isEqualTo(source.content().text(Section.S1));
    }
}
