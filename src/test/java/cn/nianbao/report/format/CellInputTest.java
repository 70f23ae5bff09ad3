package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellInputTest {

    private static final String COUNT = "t3.new.np";
    private static final String FEE = T2Cell.FEES_AMOUNT.id();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12", "１２|12", " 1,234 |1234", "１，２３４|1234", "''|0", "007|7", "12.0|12"})
    void counts_are_read_as_people_type_them(String typed, String expected) {
        CellInput input = CellInput.parse(COUNT, typed);
        assertThat(input.isValid()).isTrue();
        assertThat(input.value()).isEqualByComparingTo(expected);
        assertThat(input.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-3|不能为负数", "－３|不能为负数", "2.5|件数必须是整数", "十二|请输入数字", "12件|请输入数字",
        "1e3|请输入数字", "100000000|数值过大"})
    void a_count_that_is_not_a_count_gets_a_message_and_no_value(String typed, String message) {
        CellInput input = CellInput.parse(COUNT, typed);
        assertThat(input.isValid()).isFalse();
        assertThat(input.value()).isNull();
        assertThat(input.error()).contains(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4166.241619|4166.241619", "９６１７１．６|96171.6", "1.50|1.5", "0.000001|0.000001"})
    void fees_keep_up_to_six_decimals(String typed, String expected) {
        CellInput input = CellInput.parse(FEE, typed);
        assertThat(input.value()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(input.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.0000001|6 位小数", "-0.5|不能为负数"})
    void a_fee_with_more_than_six_decimals_or_below_zero_is_refused(String typed, String message) {
        assertThat(CellInput.parse(FEE, typed).error()).contains(message);
    }
}
