package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels compared as FORMAT.md asks: width, brackets, spaces, item separators and quotes do not matter. */
class LabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            （一）予以公开                         | (一) 予以公开
            （二）部分公开（区分处理的，只计这一情形，不计其他情形） | (二) 部分公开 (区分处理的,只计这一情形,不计其他情形)
            1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
            3.危及“三安全一稳定”                    | 3．危及"三安全一稳定"
            结果维持                              | 结果 维持
            第二十条第（一）项                      | 第二十条 第(一)项
            一、总体情况                           | 一.总体情况
            """)
    void a_label_written_with_other_brackets_spaces_separators_or_quotes_is_the_same_label(
            String official, String written) {
        assertThat(Labels.same(official, written)).isTrue();
        assertThat(Labels.similarity(official, written)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2.其他法律行政法规禁止公开 | 2.其他法律法规禁止公开 | 0.857
            2.其他法律行政法规禁止公开 | 2.其他法律行政止公开   | 0.786
            （三）不予公开           | （一）予以公开        | 0.714
            """)
    void a_different_label_is_not_the_same_but_is_measured_by_how_much_it_shares(
            String official, String written, double similarity) {
        assertThat(Labels.same(official, written)).isFalse();
        assertThat(Labels.similarity(official, written)).isCloseTo(similarity, within(0.001));
    }
}
