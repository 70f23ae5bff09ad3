package cn.nianbao.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.base.PlainText.Normalized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a stored text may hold: each kind of character, on the way in and on the way out. */
class PlainTextTest {

    private static final String RARE = "𠮷𠀀𪚥😀";

    @Test
    void word_soft_line_breaks_page_breaks_and_unicode_separators_become_line_breaks_and_are_counted() {
        Normalized normalized = PlainText.normalize("第一行\u000B第二行\u000C第三行\u2028第四行\u2029第五行");

        assertThat(normalized.text()).isEqualTo("第一行\n第二行\n第三行\n第四行\n第五行");
        assertThat(normalized.lineBreaks()).isEqualTo(4);
        assertThat(normalized.removed()).isZero();
        assertThat(normalized.describe()).hasValue("4 处从 Word 等处粘贴的软换行已改为换行");
    }

    @Test
    void windows_and_old_mac_line_ends_become_newlines_without_a_word_to_the_person() {
        Normalized normalized = PlainText.normalize("甲\r\n乙\r丙\n丁");

        assertThat(normalized.text()).isEqualTo("甲\n乙\n丙\n丁");
        assertThat(normalized.changed()).isFalse();
        assertThat(normalized.describe()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0E, 0x1B, 0x1F, 0x7F, 0xFFFE, 0xFFFF})
    void other_control_characters_and_non_characters_are_removed_and_counted(int code) {
        Normalized normalized = PlainText.normalize("前" + (char) code + "后");

        assertThat(normalized.text()).isEqualTo("前后");
        assertThat(normalized.removed()).isEqualTo(1);
        assertThat(normalized.describe()).hasValue("已删除 1 个不可见的控制字符");
    }

    @Test
    void lone_surrogates_are_removed_but_characters_outside_the_basic_plane_are_kept() {
        String loneHigh = "\uD842";
        String loneLow = "\uDFB7";

        Normalized normalized = PlainText.normalize(RARE + loneHigh + "甲" + loneLow + "乙" + loneHigh);

        assertThat(normalized.text()).isEqualTo(RARE + "甲乙");
        assertThat(normalized.removed()).isEqualTo(3);
        assertThat(PlainText.printable(RARE + loneHigh + "甲" + loneLow)).isEqualTo(RARE + "甲");
    }

    @Test
    void tabs_newlines_ordinary_text_and_c1_characters_are_left_as_they_are() {
        String text = "表\t格\n" + RARE + " <b>&amp;</b> ½ \u0085 ";

        Normalized normalized = PlainText.normalize(text);

        assertThat(normalized.text()).isEqualTo(text);
        assertThat(normalized.changed()).isFalse();
        assertThat(PlainText.printable(text)).isEqualTo(text);
    }

    @Test
    void both_kinds_are_told_in_one_sentence_and_counts_add_up_across_texts() {
        Normalized first = PlainText.normalize("甲\u0000\u000B乙");
        Normalized second = PlainText.normalize("丙\u0001\u0002");

        assertThat(first.plus(second).describe()).hasValue("已删除 3 个不可见的控制字符，1 处从 Word 等处粘贴的软换行已改为换行");
    }

    @Test
    void printable_keeps_only_what_xml_can_hold() {
        assertThat(PlainText.printable("甲\u0000乙\u000B丙\u001F丁\r\n戊\t己\uFFFE\uFFFF庚\u007F"))
                .isEqualTo("甲乙丙丁\r\n戊\t己庚\u007F");
        assertThat(PlainText.printable(null)).isNull();
    }

    @Test
    void a_stored_text_reads_as_paragraphs_even_with_the_soft_line_breaks_of_before() {
        assertThat(PlainText.paragraphs("  第一段\u000B第二段\u0000\n\n  第三段  \r\n")).containsExactly("第一段", "第二段", "第三段");
        assertThat(PlainText.paragraphs(null)).isEmpty();
    }
}
