package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.TextVsTableRule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What TEXT-VS-TABLE reads in the real samples: each figure their prose quotes agrees with the table (so the samples
 * have no such warning, see {@link SampleReportsTest}); with the table cell changed, the warning quotes that sentence.
 */
class SampleTextTest {

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            huaian_shi_renmin_zhengfu_2024.txt | t3.new.total        | 95   | 全市共受理政府信息公开申请3119件
            huaian_shi_renmin_zhengfu_2024.txt | t3.r.total.total    | 3000 | 答复3050件
            huaian_shi_renmin_zhengfu_2024.txt | t3.carry_in.total   | 3    | 含上年度结转申请34件
            huaian_shi_renmin_zhengfu_2024.txt | t3.carry_out.total  | 13   | 另有103件顺延到下年度答复
            huaian_shi_renmin_zhengfu_2024.txt | t4.review.total     | 35   | 政府信息公开行政复议351件
            huaian_shi_renmin_zhengfu_2024.txt | t4.lit_after.total  | 2    | 政府信息公开行政诉讼46件
            pingtan_zonghe_shiyanqu_2021.txt   | t3.new.total        | 7    | 本年度全区共收到70件申请
            pingtan_zonghe_shiyanqu_2021.txt   | t3.r.total.total    | 6    | 及时依法依规办结69件
            pingtan_zonghe_shiyanqu_2021.txt   | t3.carry_out.total  | 0    | 1件结转下年度继续办理
            pingtan_zonghe_shiyanqu_2022.txt   | t3.new.total        | 7    | 全区收到政府信息公开申请75件
            pingtan_zonghe_shiyanqu_2022.txt   | t4.review.total     | 0    | 行政复议案件2件
            pingtan_zonghe_shiyanqu_2022.txt   | t4.lit_direct.total | 0    | 共有行政诉讼案件1件
            pingtan_zonghe_shiyanqu_2022.txt   | t2.normative.issued | 8    | 动态更新本年度制发的规范性文件88件
            pingtan_zonghe_shiyanqu_2022.txt   | t2.normative.valid  | 69   | 集中公开现行有效行政规范性文件698件
            pingtan_zonghe_shiyanqu_2023.txt   | t3.new.total        | 8    | 各类政府信息公开申请共计81件
            pingtan_zonghe_shiyanqu_2023.txt   | t3.r.total.total    | 8    | 办结依申请公开81件
            pingtan_zonghe_shiyanqu_2023.txt   | t4.lit_direct.total | 0    | 行政诉讼案件7件
            pingtan_zonghe_shiyanqu_2023.txt   | t2.normative.issued | 7    | 动态更新本年度制发的规范性文件77件
            pingtan_zonghe_shiyanqu_2023.txt   | t3.r.deny.8.total   | 99   | 不予公开5件
            pingtan_zonghe_shiyanqu_2023.txt   | t3.r.unable.1.total | 99   | 无法提供31件
            pingtan_zonghe_shiyanqu_2023.txt   | t3.r.noproc.2.total | 99   | 不予处理1件
            pingtan_zonghe_shiyanqu_2023.txt   | t3.r.other.3.total  | 99   | 其他处理2件
            wenxian_kejiju_2025.txt            | t3.new.total        | 1    | 我局未收到政府信息公开申请
            """)
    void a_figure_quoted_in_a_samples_text_is_compared_with_its_table(
            String sample, String cellId, String changed, String sentence) {
        ReadReport report = Samples.read(sample);
        Map<String, BigDecimal> cells = new HashMap<>(report.content().tables().values());
        cells.put(cellId, new BigDecimal(changed));
        ReportContent content = new ReportContent(report.content().sections(), new ReportTables(cells));

        List<Finding> findings = new TextVsTableRule().check(content, report.year());

        assertThat(findings)
                .filteredOn(f -> f.cells().contains(cellId))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .startsWith("正文「")
                .contains(sentence);
    }
}
