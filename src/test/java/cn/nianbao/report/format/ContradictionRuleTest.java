package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CONTRADICTION: the prose says something did not happen that the tables say did. Each case is a sentence of the kind
 * real reports write with the cell that says otherwise; with that cell at 0 the same sentence is not reported.
 */
class ContradictionRuleTest {

    private final ContradictionRule rule = new ContradictionRule();

    private List<Finding> check(Section section, String text, String cellId, String value) {
        ReportTables tables = new ReportTables(Map.of(cellId, new BigDecimal(value)));
        return rule.check(new ReportContent(Map.of(section, text), tables), OptionalInt.of(2024));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            S3 | 本年度收到政府信息公开申请12件，均已办结。                   | t3.carry_out.total  | 2 | 表三「四、结转下年度继续办理·总计」为 2
            S1 | 2024年受理的政府信息公开申请已全部办结。                     | t3.carry_out.total  | 1 | 表三「四、结转下年度继续办理·总计」为 1
            S3 | 所有申请均按期答复，无结转下年度的申请。                     | t3.carry_out.total  | 3 | 表三「四、结转下年度继续办理·总计」为 3
            S1 | 全年未发生因政府信息公开工作引发的行政复议、行政诉讼案件。     | t4.review.total     | 1 | 表四「行政复议·总计」为 1
            S1 | 全年未发生因政府信息公开工作引发的行政复议、行政诉讼案件。     | t4.lit_after.total  | 2 | 之和为 2（0 + 2）
            S4 | 本年度无行政复议案件。                                     | t4.review.total     | 4 | 表四「行政复议·总计」为 4
            S4 | 本年度没有发生行政诉讼。                                   | t4.lit_direct.total | 1 | 之和为 1（1 + 0）
            """)
    void a_sentence_the_tables_contradict_is_a_warning_naming_both_places(
            Section section, String text, String cellId, String value, String table) {
        assertThat(check(section, text, cellId, value)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONTRADICTION");
            assertThat(f.isError()).isFalse();
            assertThat(f.cells()).contains(cellId);
            assertThat(f.message())
                    .startsWith("正文「" + section.heading() + "」写“")
                    .contains(table);
        });
        assertThat(check(section, text, cellId, "0")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            人大代表建议和政协提案12件，均已办结。                           | t3.carry_out.total  | 2
            本年度收到行政许可申请500件，已全部办结。                        | t3.carry_out.total  | 2
            上年度无结转申请，本年度收到申请5件。                            | t3.carry_out.total  | 2
            2023年收到的政府信息公开申请均已办结。                          | t3.carry_out.total  | 2
            行政复议案件2件，均已办结。                                    | t3.carry_out.total  | 2
            全年未发生行政复议案件。                                       | t4.review.total     | 1
            未发生政府信息公开行政复议被纠错的情况。                         | t4.review.total     | 1
            2023年未发生政府信息公开行政复议。                              | t4.review.total     | 1
            因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。            | t4.lit_direct.total | 7
            """)
    void sentences_about_something_else_are_left_alone(String text, String cellId, String value) {
        // 建议提案; 许可申请; last year's carry-over; another year; cases, not applications; in section 1 without
        // 信息公开 (a 司法局's own reviews); a case outcome; another year; figures, not a denial
        assertThat(check(Section.S1, text, cellId, value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            本年度未收取信息处理费。           | 全年收取政府信息公开信息处理费3940元。 | 3940元
            2024年，无收取信息处理费情况。      | 共收取信息处理费0.12万元。            | 0.12万元
            """)
    void a_fee_denied_in_one_place_and_charged_in_another_is_a_warning_quoting_both(
            String none, String charged, String amount) {
        ReportContent content =
                new ReportContent(Map.of(Section.S6, none, Section.S1, charged), new ReportTables(Map.of()));

        assertThat(rule.check(content, OptionalInt.of(2024))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONTRADICTION");
            assertThat(f.message())
                    .contains("正文「六、其他需要报告的事项」写“"
                            + none.substring(none.indexOf('，') + 1).replace("。", ""))
                    .contains("正文「一、总体情况」写“", amount);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本年度未收取信息处理费。
            本年度收取信息处理费0元。
            全年收取政府信息公开信息处理费3940元。
            申请人未缴纳信息处理费的，不再处理其申请。全年收取信息处理费50元。
            """)
    void a_fee_said_once_or_said_to_be_nothing_is_no_contradiction(String s6) {
        // table 2's 行政事业性收费 is the agency's fee revenue, not 信息处理费: it is never compared
        ReportTables tables = new ReportTables(Map.of("t2.fees.amount_wan", new BigDecimal("24252.311082")));

        assertThat(rule.check(new ReportContent(Map.of(Section.S6, s6), tables), OptionalInt.of(2024)))
                .isEmpty();
    }
}
