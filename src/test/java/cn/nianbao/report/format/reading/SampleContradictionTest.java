package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.ContradictionRule;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * CONTRADICTION on the real samples: none raises it (淮安 writes 103件顺延到下年度 and charges 3940元 without denying
 * it; 平潭 2021 writes 1件结转下年度 and 无收取信息处理费 next to 行政事业性收费 24252 万元, which is not 信息处理费;
 * 平潭 2022/2023 quote their cases; 温县 writes 未发生…行政复议、行政诉讼 with table 4 all 0). With a table cell
 * changed, the sentence that denies it is quoted.
 */
class SampleContradictionTest {

    static final List<String> ALL = Samples.ALL;

    @ParameterizedTest
    @FieldSource("ALL")
    void no_real_sample_raises_a_contradiction(String sample) {
        ReadReport report = Samples.read(sample);

        assertThat(new ContradictionRule().check(report.content(), report.year()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            wenxian_kejiju_2025.txt            | t4.review.total     | 全年未发生因政府信息公开工作引发的行政复议、行政诉讼案件
            wenxian_kejiju_2025.txt            | t4.lit_direct.total | 全年未发生因政府信息公开工作引发的行政复议、行政诉讼案件
            """)
    void a_denial_in_a_samples_text_is_compared_with_its_table(String sample, String cellId, String sentence) {
        ReadReport report = Samples.read(sample);
        Map<String, BigDecimal> cells = new HashMap<>(report.content().tables().values());
        cells.put(cellId, BigDecimal.ONE);
        ReportContent content = new ReportContent(report.content().sections(), new ReportTables(cells));

        assertThat(new ContradictionRule().check(content, report.year()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).contains(cellId);
                    assertThat(f.message()).startsWith("正文「").contains(sentence, "为 1");
                });
    }
}
