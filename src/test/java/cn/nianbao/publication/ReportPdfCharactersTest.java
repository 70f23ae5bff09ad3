package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.pdf.HtmlPdf;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The characters people's and places' names hold print in the PDF as themselves, not as 「#」: CJK Extension B and
 * later (𠮷, 𠀀, 𪚥) through HanaMinB, emoji through Symbola, and the PDF's text layer holds them as those code points,
 * so that searching and copying find them. A report without such characters embeds neither font.
 */
class ReportPdfCharactersTest {

    private static final String RARE = "申请人𠮷某的姓名含𠀀与𪚥两字。";
    private static final String EMOJI = "群众留言：点赞😀，爱心❤️，好评👍，全家👨\u200D👩\u200D👧👍🏽。";
    private static final Instant PUBLISHED = Instant.parse("2025-01-20T02:00:00Z");

    private final ReportPdf pdf = new ReportPdf(templates(), new HtmlPdf());

    @Test
    void characters_outside_the_basic_plane_print_as_themselves_in_the_text_layer() throws IOException {
        byte[] rendered = render("𠮷县科学技术局", Map.of(Section.S1, RARE, Section.S5, EMOJI));

        String text = text(rendered);
        assertThat(text).contains("𠮷县科学技术局2025年政府信息公开工作年度报告", "申请人𠮷某的姓名含𠀀与𪚥两字。");
        assertThat(text.codePoints()).contains(0x20BB7, 0x20000, 0x2A6A5);
        // emoji as Symbola draws them, in black and white; the variation selector asking for colour is left out
        assertThat(text).contains(EMOJI.replace("\uFE0F", "")).doesNotContain("#", HtmlPdf.MISSING);
        assertThat(fontsOf(rendered))
                .anyMatch(font -> font.contains("NotoSansSC"))
                .anyMatch(font -> font.contains("HanaMinB"))
                .anyMatch(font -> font.contains("Symbola"));
    }

    @Test
    void a_report_without_such_characters_embeds_only_noto_sans_sc() throws IOException {
        byte[] rendered = render("温县科学技术局", Map.of(Section.S1, "本年度主动公开政府信息三千余条。"));

        assertThat(fontsOf(rendered)).isNotEmpty().allMatch(font -> font.contains("NotoSansSC"));
    }

    @Test
    void a_character_no_font_has_prints_as_the_missing_character_mark_not_as_a_hash() throws IOException {
        // U+30000, CJK Extension G (plane 3), is in none of the three fonts
        String text = text(render("温县科学技术局", Map.of(Section.S1, "缺字\uD880\uDC00在此。")));

        assertThat(text).contains("缺字" + HtmlPdf.MISSING + "在此。").doesNotContain("#");
    }

    private byte[] render(String agency, Map<Section, String> sections) throws IOException {
        ReportView view = new ReportView(
                1,
                1,
                agency,
                2025,
                ReportStage.PUBLISHED,
                1,
                PUBLISHED,
                new ReportContent(sections, ReportTables.empty()));
        PublishedReport entry = new PublishedReport(1, 1, agency, 2025, view.title(), PUBLISHED, 1);
        byte[] rendered = pdf.render(entry, StandardLayout.of(view));
        Path copy = Path.of("target", "downloads", "characters-" + agency.hashCode() + ".pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, rendered);
        return rendered;
    }

    private static String text(byte[] rendered) throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static List<String> fontsOf(byte[] rendered) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(rendered)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name).getName());
                }
            }
        }
        return fonts;
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
