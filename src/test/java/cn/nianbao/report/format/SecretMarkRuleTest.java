package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SECRET-MARK on made-up texts: each 密级 form and each internal marking, and their false friends, the same words in
 * ordinary sentences (decided in docs/RULES.md: a word is a marking only where a marking stands).
 */
class SecretMarkRuleTest {

    private final SecretMarkRule rule = new SecretMarkRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            秘密★5年                                   | 秘密★5年
            本文件定为机密★长期，请妥善保管。           | 机密★长期
            绝密★                                      | 绝密★
            正文★10年，不得外传。                       | ★10年
            密级：秘密                                  | 密级：秘密
            仅供内部使用，请勿外传。                    | 内部使用
            本材料为内部资料。                          | 内部资料
            涉密                                        | 涉密
            秘密                                        | 秘密
            敏感                                        | 敏感
            工作秘密                                    | 工作秘密
            不宜公开。                                  | 不宜公开
            内部资料 秘密                               | 内部资料 秘密
            涉密 请勿外传                               | 涉密
            【不宜公开】本段内容待定。                  | 【不宜公开】
            （敏感）相关数据见附件。                    | （敏感）
            依据平政办〔内〕12号文件执行。              | 〔内〕12号
            根据淮政密〔2024〕3号通知。                 | 密〔2024〕3号
            见〔2024〕密5号。                           | 〔2024〕密5号
            """)
    void each_marking_is_a_warning_that_marks_where_it_stands(String text, String matched) {
        List<Finding> findings = rule.scan(Section.S2, text);

        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.isError()).isFalse();
        assertThat(finding.rule()).isEqualTo("SECRET-MARK");
        TextSpan span = finding.text().orElseThrow();
        assertThat(span.section()).isEqualTo(Section.S2);
        assertThat(text.substring(span.start(), span.end())).isEqualTo(matched);
        assertThat(finding.message()).contains(matched, "二、主动公开政府信息情况");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "属于国家秘密的不予公开。",
                "严格执行《中华人民共和国保守国家秘密法》。",
                "坚决杜绝涉密信息外泄、违规上网等问题发生。",
                "避免敏感词、错别字等表述不规范问题。",
                "开展敏感性分析。",
                "涉及商业秘密、个人隐私的，依法不予公开。",
                "对不宜公开的信息严格审查。",
                "属于三类内部事务信息的不予公开。",
                "第一季度★★★服务评价",
                "榕政办〔2024〕12号"
            })
    void the_same_words_in_ordinary_sentences_are_no_finding(String text) {
        assertThat(rule.scan(Section.S2, text)).isEmpty();
    }
}
