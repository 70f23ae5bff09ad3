package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.ReportStructure;
import cn.nianbao.report.format.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published reports in src/test/resources/samples (copied from ../shared/samples), as files and as read, and a
 * hostile page.
 */
public final class Samples {

    public static final String HUAIAN_2024 = "huaian_shi_renmin_zhengfu_2024.txt";
    public static final String PINGTAN_2021 = "pingtan_zonghe_shiyanqu_2021.txt";
    public static final String PINGTAN_2022 = "pingtan_zonghe_shiyanqu_2022.txt";
    public static final String PINGTAN_2023 = "pingtan_zonghe_shiyanqu_2023.txt";
    public static final String WENXIAN_2025 = "wenxian_kejiju_2025.txt";
    public static final List<String> ALL = List.of(HUAIAN_2024, PINGTAN_2021, PINGTAN_2022, PINGTAN_2023, WENXIAN_2025);

    private Samples() {}

    public static Path path(String name) {
        URL url = Samples.class.getResource("/samples/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The "table bomb" of issue 21: 200 rows of 20 cells, each spanning 100 rows and 100 columns (138 KB). */
    public static String tableBomb() {
        StringBuilder page = new StringBuilder("<html><body><table>");
        for (int r = 0; r < 200; r++) {
            page.append("<tr>")
                    .append("<td rowspan=100 colspan=100>1</td>".repeat(20))
                    .append("</tr>");
        }
        return page.append("</table></body></html>").toString();
    }

    public static ReadReport read(String name) {
        try {
            return new ReportReader().read(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A report written out and read back reads as the one it was written from: agency, year, every figure, every
     * section, all headings and cells, and nothing the checker would object to in its shape or labels.
     */
    public static void assertReadsAs(ReadReport source, ReadReport readBack) {
        assertReadsAs(source, readBack, text -> text);
    }

    /**
     * As {@link #assertReadsAs(ReadReport, ReadReport)}, the section texts compared as {@code comparedAs} makes them
     * (for a PDF: without spaces, which a PDF does not hold where a line breaks at one).
     */
    public static void assertReadsAs(
            ReadReport source, ReadReport readBack, java.util.function.UnaryOperator<String> comparedAs) {
        assertThat(readBack.agency()).isEqualTo(source.agency());
        assertThat(readBack.year()).isEqualTo(source.year());
        Map<String, BigDecimal> figures = readBack.content().tables().values();
        assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(Cells.all());
        source.content()
                .tables()
                .values()
                .forEach((cellId, value) ->
                        assertThat(figures.get(cellId)).as(cellId).isEqualByComparingTo(value));
        for (Section section : Section.values()) {
            assertThat(Optional.ofNullable(readBack.content().text(section)).map(comparedAs))
                    .as(section.heading())
                    .isEqualTo(
                            Optional.ofNullable(source.content().text(section)).map(comparedAs));
        }
        assertThat(readBack.structure().headings()).containsExactly(Section.values());
        assertThat(readBack.structure().cellsRead())
                .isEqualTo(ReportStructure.complete().cellsRead());
        List<Finding> findings = new FullCheck().check(readBack.subject(), Optional.empty());
        assertThat(findings).extracting(Finding::rule).doesNotContain("SHAPE", "LABEL", "DOMAIN");
    }
}
