package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellInputTest {

    private static final String COUNT = "t3.new.np";
    private static final String FEE = T2Cell.FEES_AMOUNT.id();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"12|12", "１２|12", " 1,234 |1234", "１，２３４|1234", "''|0", "007|7", "12.0|12", "12,345,678|12345678"})
    void counts_are_read_as_people_type_them(String typed, String expected) {
        CellInput input = CellInput.parse(COUNT, typed);
        assertThat(input.isValid()).isTrue();
        assertThat(input.value()).isEqualByComparingTo(expected);
        assertThat(input.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"-3|不能为负数", "－３|不能为负数", "2.5|件数必须是整数", "十二|请输入数字", "12件|请输入数字", "1e3|请输入数字", "100000000|数值过大"})
    void a_count_that_is_not_a_count_gets_a_message_and_no_value(String typed, String message) {
        CellInput input = CellInput.parse(COUNT, typed);
        assertThat(input.isValid()).isFalse();
        assertThat(input.value()).isNull();
        assertThat(input.error()).contains(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"4166.241619|4166.241619", "９６１７１．６|96171.6", "1.50|1.5", "0.000001|0.000001"})
    void fees_keep_up_to_six_decimals(String typed, String expected) {
        CellInput input = CellInput.parse(FEE, typed);
        assertThat(input.value()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(input.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1,000.5|1000.5", "１，０００．５|1000.5", "12,345.678901|12345.678901"})
    void a_fee_may_group_its_thousands_with_commas(String typed, String expected) {
        CellInput input = CellInput.parse(FEE, typed);
        assertThat(input.value()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(input.normalized()).isEqualTo(expected);
    }

    /** Dropping the comma read a decimal comma (1,5) as fifteen; it is refused with the reason instead. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,5",
                "1,23",
                "12,3456",
                "1,2,3",
                "1,000,5",
                "0,500",
                ",123",
                "123,",
                "1,,234",
                "1.234,5",
                "１，５",
                "1,234,56"
            })
    void a_comma_that_does_not_separate_thousands_is_refused(String typed) {
        for (String cellId : new String[] {COUNT, FEE}) {
            CellInput input = CellInput.parse(cellId, typed);
            assertThat(input.isValid()).as(typed).isFalse();
            assertThat(input.value()).isNull();
            assertThat(input.error()).isEqualTo("逗号只能作千位分隔符（如 1,234）；小数请用小数点");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t 1234\u3000", "\u00a01,234\n", "\r\n１２３４ "})
    void spaces_and_line_breaks_around_a_number_are_dropped(String typed) {
        assertThat(CellInput.parse(COUNT, typed).normalized()).isEqualTo("1234");
    }

    /** A space inside a number is not dropped (1 2 was read as twelve), nor is a tab from a pasted row. */
    @ParameterizedTest
    @ValueSource(strings = {"1 2", "1\t2", "1\u30002", "1\u00a0234", "1, 234", "1 ,234", "1\n2"})
    void a_space_inside_a_number_is_refused(String typed) {
        CellInput input = CellInput.parse(COUNT, typed);
        assertThat(input.isValid()).as(typed).isFalse();
        assertThat(input.value()).isNull();
        assertThat(input.error()).isEqualTo("数字中间不能有空格");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0.0000001|6 位小数", "-0.5|不能为负数"})
    void a_fee_with_more_than_six_decimals_or_below_zero_is_refused(String typed, String message) {
        assertThat(CellInput.parse(FEE, typed).error()).contains(message);
    }
}
