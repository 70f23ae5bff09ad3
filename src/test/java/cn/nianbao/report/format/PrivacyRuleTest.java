package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PRIVACY on made-up texts: what is personal data, where it stands, and that the message masks it. */
class PrivacyRuleTest {

    private final PrivacyRule rule = new PrivacyRule();

    private List<Finding> scan(String text) {
        return rule.scan(Section.S5, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            经核实，其身份证号为410105199001011233。           | 410105199001011233   | 4101**********1233 | 居民身份证号
            身份证号码11010519491231002X已登记。                | 11010519491231002X   | 1101**********002X | 居民身份证号
            请联系13812345678办理。                            | 13812345678          | 138****5678        | 手机号码
            手机：139-1234-5678。                               | 139-1234-5678        | 139****5678        | 手机号码
            退款至6222021234567890128账户。                    | 6222021234567890128  | 6222***********0128 | 银行卡号
            卡号6225 8801 3770 6991。                           | 6225 8801 3770 6991  | 6225********6991   | 银行卡号
            来信请寄zhangsan@example.com。                     | zhangsan@example.com | z***@example.com   | 电子邮箱
            联系人：王小明，电话：0591-23165385。               | 0591-23165385        | 0591-****5385      | 个人的固定电话
            李四先生电话0371-6543210。                          | 0371-6543210         | 0371-***3210       | 个人的固定电话
            申请人张三向本机关申请公开。                         | 张三                 | 张*                | 当事人姓名
            起诉人：赵六不服答复。                              | 赵六                 | 赵*                | 当事人姓名
            当事人刘德华提出异议。                              | 刘德华               | 刘**               | 当事人姓名
            """)
    void personal_data_is_a_warning_that_marks_where_it_stands_and_shows_it_masked(
            String text, String matched, String masked, String kind) {
        List<Finding> findings = scan(text);

        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.isError()).isFalse();
        assertThat(finding.rule()).isEqualTo("PRIVACY");
        TextSpan span = finding.text().orElseThrow();
        assertThat(span.section()).isEqualTo(Section.S5);
        assertThat(text.substring(span.start(), span.end())).isEqualTo(matched);
        assertThat(span.shown()).isEqualTo(masked);
        assertThat(finding.message()).contains(masked, kind, "五、存在的主要问题及改进情况").doesNotContain(matched);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "编号410105199001011234的文件。", // check character wrong (3 is right)
                "编号410105199013011230。", // check character right, but month 13
                "流水号123456789012345678。",
                "全年处理6222021234567890127条数据。", // fails Luhn
                "拨打12345政务服务便民热线。",
                "咨询电话0591-23165385。", // no person's name next to it
                "政务服务中心电话：0517-83605210。",
                "电子邮箱gkb@fujian.gov.cn。",
                "申请人向本机关提出申请，申请人于2024年3月补正。",
                "着力强化与申请人的直接沟通，准确了解申请人诉求。",
                "申请人无正当理由逾期不补正。",
                "申请人张某、当事人李某某已撤回申请。", // already anonymised
                "申请人陈述，要求公开。",
                "维护当事人合法权益。",
                "收到申请3119件，其中自然人2896件。"
            })
    void ordinary_numbers_words_and_anonymised_parties_are_no_finding(String text) {
        assertThat(scan(text)).isEmpty();
    }

    @Test
    void the_contact_of_the_agencys_own_office_in_the_preamble_is_expected_but_not_elsewhere() {
        String preamble = "本报告由某市人民政府办公室编制。如对本报告有疑问，请与某市人民政府办公室联系（联系人：王小明，"
                + "电话：0591-23165385，电子邮箱：gkb_office@163.com）。\n（一）主动公开情况。";

        assertThat(rule.scan(Section.S1, preamble)).isEmpty();
        assertThat(rule.scan(Section.S6, preamble))
                .extracting(f -> f.text().orElseThrow().shown())
                .containsExactly("0591-****5385", "g***@163.com");
    }

    @Test
    void a_mobile_number_in_the_office_contact_is_still_a_warning() {
        String preamble = "如对本报告有疑问，请联系（电话：13812345678）。";

        assertThat(rule.scan(Section.S1, preamble)).extracting(Finding::rule).containsExactly("PRIVACY");
    }

    @Test
    void full_width_digits_are_read_and_the_offsets_stay_those_of_the_text_as_typed() {
        String text = "电话１３８１２３４５６７８。";

        TextSpan span = scan(text).getFirst().text().orElseThrow();

        assertThat(text.substring(span.start(), span.end())).isEqualTo("１３８１２３４５６７８");
    }

    @Test
    void every_section_is_checked_and_the_findings_name_their_section() {
        ReportContent content = new ReportContent(
                java.util.Map.of(Section.S2, "联系13812345678。", Section.S6, "申请人张三。"), ReportTables.empty());

        assertThat(rule.check(content))
                .extracting(f -> f.text().orElseThrow().section())
                .containsExactly(Section.S2, Section.S6);
    }
}
