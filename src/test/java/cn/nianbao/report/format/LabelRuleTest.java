package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.ReportStructure.LabelSeen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LABEL: a fixed label that differs from the official text after normalisation is a warning naming both texts. */
class LabelRuleTest {

    private static final List<String> DENY_2_CELLS = List.of("t3.r.deny.2.np", "t3.r.deny.2.total");

    private static ReportStructure withLabels(LabelSeen... labels) {
        ReportStructure complete = ReportStructure.complete();
        return new ReportStructure(
                complete.headings(),
                complete.tables(),
                complete.rows(),
                complete.t3Columns(),
                complete.t3Groups(),
                List.of(),
                List.of(labels),
                Map.of());
    }

    @Test
    void labels_written_with_half_width_brackets_spaces_and_other_separators_are_not_reported() {
        ReportStructure structure = withLabels(
                new LabelSeen("（一）予以公开", "(一) 予以公开", List.of()),
                new LabelSeen("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", List.of()),
                new LabelSeen("结果维持", "结果 维持", List.of()));

        assertThat(new LabelRule().check(structure)).isEmpty();
    }

    @Test
    void a_label_with_words_missing_is_a_warning_naming_what_was_written_and_the_official_text() {
        ReportStructure structure = withLabels(new LabelSeen("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", DENY_2_CELLS));

        assertThat(new LabelRule().check(structure)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LABEL");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).isEqualTo(DENY_2_CELLS);
            assertThat(f.message()).isEqualTo("「2.其他法律行政止公开」与规定格式的文字「2.其他法律行政法规禁止公开」不一致。");
        });
    }

    @Test
    void the_same_misspelling_written_twice_is_reported_once() {
        ReportStructure structure = withLabels(
                new LabelSeen("其他", "其它", List.of("t3.new.le.other")),
                new LabelSeen("其他", "其它", List.of("t3.new.le.other")));

        assertThat(new LabelRule().check(structure)).hasSize(1);
    }
}
