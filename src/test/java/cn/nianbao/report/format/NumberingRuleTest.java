package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.report.format.reading.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NUMBERING on headings as a reader found them (made-up structures and the 淮安 sample with its headings renumbered),
 * and on every real sample: none raises it.
 */
class NumberingRuleTest {

    private final NumberingRule rule = new NumberingRule();
    private static final ReportStructure COMPLETE = ReportStructure.complete();

    private static ReportStructure written(List<Section> headings, List<String> written) {
        return new ReportStructure(
                headings,
                COMPLETE.tables(),
                COMPLETE.rows(),
                COMPLETE.t3Columns(),
                COMPLETE.t3Groups(),
                List.of(),
                List.of(),
                java.util.Map.of(),
                written);
    }

    private static List<Finding> numbering(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.rule().equals(NumberingRule.RULE))
                .toList();
    }

    private static ReadReport huaianWith(String from, String to) throws IOException {
        String text = Files.readString(Samples.path(Samples.HUAIAN_2024));
        assertThat(text).contains(from);
        return new ReportReader().readText(text.replace(from, to));
    }

    @Test
    void the_official_headings_and_a_drafted_report_raise_nothing() {
        assertThat(rule.check(COMPLETE)).isEmpty();
        assertThat(rule.check(written(
                        List.of(Section.values()),
                        List.of(
                                "一.总体情况",
                                "二、 主动公开政府信息情况",
                                "三．收到和处理政府信息公开申请情况",
                                "四、政府信息公开行政复议、行政诉讼情况",
                                "五、存在问题及改进情况",
                                "六、其他需要报告的事项"))))
                .isEmpty();
    }

    @Test
    void a_section_numbered_as_another_is_an_error_with_the_heading_expected_and_the_one_written() {
        ReportStructure structure = written(
                List.of(Section.values()),
                List.of(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "四、存在的主要问题及改进情况",
                        "五、其他需要报告的事项"));

        assertThat(rule.check(structure))
                .allMatch(Finding::isError)
                .extracting(Finding::message)
                .containsExactly(
                        "第五部分应为「五、存在的主要问题及改进情况」，此处为「四、存在的主要问题及改进情况」（编号在此重新开始或重复）。",
                        "第六部分应为「六、其他需要报告的事项」，此处为「五、其他需要报告的事项」；其他需要报告的事项是第六部分。");
    }

    @Test
    void headings_out_of_order_are_one_error_listing_the_order_written() {
        List<Section> order = List.of(Section.S1, Section.S3, Section.S2, Section.S4, Section.S6, Section.S5);

        assertThat(rule.check(
                        written(order, order.stream().map(Section::heading).toList())))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .startsWith("标题次序不对")
                .contains("「三、收到和处理政府信息公开申请情况」、「二、主动公开政府信息情况」")
                .endsWith("，应按一至六的次序各出现一次，「六、其他需要报告的事项」在最后。");
    }

    @Test
    void the_numeral_is_read_as_a_number() {
        assertThat(NumberingRule.numeral("四、存在问题")).isEqualTo(4);
        assertThat(NumberingRule.numeral("十、其他")).isEqualTo(10);
        assertThat(NumberingRule.numeral("十二.其他")).isEqualTo(12);
        assertThat(NumberingRule.numeral("（四）存在问题")).isZero();
    }

    @Test
    void a_published_report_whose_numbering_restarts_is_read_with_its_sections_and_raises_numbering_not_shape()
            throws IOException {
        ReadReport report = huaianWith("四、政府信息公开行政复议、行政诉讼情况", "一、政府信息公开行政复议、行政诉讼情况");

        assertThat(report.structure().headings()).containsExactly(Section.values());
        List<Finding> findings = new FullCheck().check(report.subject(), Optional.empty());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NUMBERING");
            assertThat(f.message()).isEqualTo("第四部分应为「四、政府信息公开行政复议、行政诉讼情况」，此处为「一、政府信息公开行政复议、行政诉讼情况」（编号在此重新开始或重复）。");
        });
    }

    @Test
    void a_heading_numbered_as_the_section_before_keeps_its_text_in_its_own_section() throws IOException {
        ReadReport report = huaianWith("五、存在的主要问题及改进情况", "四、存在问题及改进情况");

        assertThat(report.content().text(Section.S5)).startsWith("对照上级新要求和公众新期待");
        assertThat(report.content().text(Section.S4)).doesNotContain("对照上级新要求");
        // the numeral is NUMBERING's, the words LABEL's: each said once
        assertThat(new FullCheck().check(report.subject(), Optional.empty()))
                .extracting(f -> f.rule() + " " + f.message())
                .containsExactlyInAnyOrder(
                        "NUMBERING 第五部分应为「五、存在的主要问题及改进情况」，此处为「四、存在问题及改进情况」（编号在此重新开始或重复）。",
                        "LABEL 「四、存在问题及改进情况」与规定格式的文字「四、存在的主要问题及改进情况」不一致。");
    }

    @Test
    void items_inside_a_section_are_not_taken_for_a_misnumbered_heading() throws IOException {
        ReadReport report = huaianWith("五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况\n一、存在的主要问题\n三、主动公开情况\n（二）主动公开政府信息情况\n");

        assertThat(report.structure().headings()).containsExactly(Section.values());
        assertThat(numbering(new FullCheck().check(report.subject(), Optional.empty())))
                .isEmpty();
    }

    /**
     * What the full check raises on each real sample, rule by rule (the text rules on: NUMBERING and VAGUE among
     * them): no NUMBERING, every heading being numbered 一 to 六 in order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huaian_shi_renmin_zhengfu_2024.txt |
            pingtan_zonghe_shiyanqu_2021.txt   |
            pingtan_zonghe_shiyanqu_2022.txt   | LABEL
            pingtan_zonghe_shiyanqu_2023.txt   | TEXT-VS-TABLE
            wenxian_kejiju_2025.txt            | SHAPE,LABEL
            """)
    void no_real_sample_raises_numbering(String sample, String raised) {
        ReadReport report = Samples.read(sample);

        assertThat(report.structure().headings()).containsExactly(Section.values());
        List<Finding> findings = new FullCheck().check(report.subject(), Optional.empty());
        assertThat(findings.stream().map(Finding::rule).distinct())
                .containsExactlyElementsOf(raised == null ? List.of() : List.of(raised.split(",")));
        assertThat(numbering(findings)).isEmpty();
    }
}
