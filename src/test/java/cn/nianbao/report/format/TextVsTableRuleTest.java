package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TEXT-VS-TABLE: the figures a report's prose quotes against its tables. Each case is one sentence of the kind real
 * reports write, with the table cell it must agree with; the same sentence with the right figure is not reported.
 */
class TextVsTableRuleTest {

    private final TextVsTableRule rule = new TextVsTableRule();

    private static List<Finding> check(String s1, String cellId, String value) {
        ReportTables tables = new ReportTables(Map.of(cellId, new BigDecimal(value)));
        return new TextVsTableRule().check(new ReportContent(Map.of(Section.S1, s1), tables), OptionalInt.of(2024));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年，全区共受理政府信息公开申请17件，均按时答复。        | t3.new.total            | 95  | 17
            本年度全区共收到70件申请，及时依法依规办结69件。             | t3.new.total            | 71  | 70
            我局未收到政府信息公开申请。                               | t3.new.total            | 2   | 未收到
            本年度全区共收到70件申请，及时依法依规办结69件。             | t3.r.total.total        | 70  | 69
            答复3050件（含上年度结转申请34件），均在法定期限内答复。      | t3.carry_in.total       | 30  | 34
            另有103件顺延到下年度答复。                                 | t3.carry_out.total      | 10  | 103
            办结69件，1件结转下年度继续办理。                           | t3.carry_out.total      | 0   | 1件结转
            政府信息公开行政复议351件，其中结果维持72件。               | t4.review.total         | 350 | 351
            因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。        | t4.lit_direct.total     | 5   | 7
            动态更新本年度制发的规范性文件88件。                        | t2.normative.issued     | 80  | 88
            集中发布现行有效行政规范性文件393件。                       | t2.normative.valid      | 470 | 393
            本年度办结申请20件，其中予以公开12件。                      | t3.r.open.total         | 10  | 予以公开12件
            同意公开5件。                                             | t3.r.open.total         | 4   | 同意公开5件
            部分公开3件，占10%。                                       | t3.r.partial.total      | 2   | 部分公开3件
            不予公开5件，占6.17%。                                     | t3.r.deny.4.total       | 4   | 不予公开5件
            无法提供31件。                                            | t3.r.unable.1.total     | 30  | 无法提供31件
            不予处理1件。                                             | t3.r.noproc.2.total     | 0   | 不予处理1件
            其他处理2件。                                             | t3.r.other.3.total      | 1   | 其他处理2件
            """)
    void a_figure_in_the_text_that_the_table_does_not_have_is_a_warning(
            String text, String cellId, String table, String quoted) {
        List<Finding> findings = check(text, cellId, table);

        assertThat(findings)
                .filteredOn(f -> f.cells().contains(cellId))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("TEXT-VS-TABLE");
                    assertThat(f.isError()).isFalse();
                    assertThat(f.cells()).contains(cellId);
                    assertThat(f.message()).startsWith("正文「一、总体情况」写“").contains(quoted, "为 " + table);
                });
        // the same sentence agrees with a table that has the figure (for 未收到/未发生: 0)
        String figure = quoted.matches("\\d+") ? quoted : quoted.startsWith("未") ? "0" : quoted.replaceAll("\\D", "");
        assertThat(check(text, cellId, figure)).noneMatch(f -> f.cells().contains(cellId));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年，市政务服务中心受理行政许可申请5000件。                  | t3.new.total         | 0
            2023年全区收到政府信息公开申请50件。                            | t3.new.total         | 0
            全年收到政府信息公开申请数量同比增长20件。                       | t3.new.total         | 0
            其中，收到法人或其他组织申请10件。                               | t3.new.total         | 0
            办结人大代表建议和政协提案30件。                                | t3.r.total.total     | 0
            政府信息公开行政复议结果维持72件。                               | t4.review.total      | 0
            全年办理行政复议案件300件，行政诉讼案件20件。                     | t4.review.total      | 0
            全年收到政府信息公开申请75件，涉及自然人72件、商业企业3件。         | t3.new.total         | 74
            其中，予以公开及部分公开42件。                                   | t3.r.open.total      | 0
            2023年不予公开5件。                                             | t3.r.deny.1.total    | 0
            不予公开的申请同比下降5件。                                      | t3.r.deny.1.total    | 0
            行政许可申请不予处理3件。                                        | t3.r.noproc.1.total  | 0
            """)
    void figures_that_are_about_something_else_are_left_alone(String text, String cellId, String table) {
        // 许可申请; another year; a comparison; a breakdown; not about 申请; a result, not the total; not about
        // 信息公开 (a 司法局 handling reviews); 75 = 74 new + 1 carried in; two results in one figure; another year;
        // a comparison; not an application for information
        ReportTables tables =
                new ReportTables(Map.of(cellId, new BigDecimal(table), "t3.carry_in.total", BigDecimal.ONE));
        assertThat(rule.check(new ReportContent(Map.of(Section.S1, text), tables), OptionalInt.of(2024)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            S5 | 本年度共收到政府信息公开申请12件。
            S6 | 本年度共收到政府信息公开申请12件。
            S3 | 本年度共收到政府信息公开申请12件。
            """)
    void the_prose_of_every_section_is_read(Section section, String text) {
        ReportTables tables = new ReportTables(Map.of("t3.new.total", BigDecimal.TEN));

        assertThat(rule.check(new ReportContent(Map.of(section, text), tables), OptionalInt.empty()))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains(section.heading(), "12件", "为 10");
    }
}
