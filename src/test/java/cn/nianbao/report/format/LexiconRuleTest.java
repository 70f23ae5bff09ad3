package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LEXICON on made-up texts: each occurrence with its word, reason and place; the 例外 and the longest match. */
class LexiconRuleTest {

    private static final LexiconEntry CULTURE = new LexiconEntry("文化部", "已与国家旅游局合并为文化和旅游部。", List.of("文化部门", "原文化部"));
    private static final LexiconEntry TITLE = new LexiconEntry("政府信息公开年度报告", "标题中不应省略「工作」。", List.of());

    private final LexiconRule rule = new LexiconRule(new Lexicon(List.of(CULTURE, TITLE)));

    @Test
    void each_occurrence_is_a_warning_with_the_word_its_reason_and_its_place() {
        String text = "按照文化部要求，报送文化部备案。";

        List<Finding> findings = rule.scan(Section.S3, text);

        assertThat(findings)
                .extracting(f -> f.text().orElseThrow())
                .containsExactly(new TextSpan(Section.S3, 2, 5, "文化部"), new TextSpan(Section.S3, 10, 13, "文化部"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("LEXICON");
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("“文化部”", "已与国家旅游局合并为文化和旅游部。", "「三、收到和处理政府信息公开申请情况」");
        });
        assertThat(findings.get(1).message()).contains("第 11 字处");
        assertThat(text.substring(10, 13)).isEqualTo("文化部");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"会同文化部门开展检查。", "原文化部发布的规章已清理。", "文化和旅游部", "文化 部"})
    void an_occurrence_inside_an_exception_or_no_occurrence_raises_nothing(String text) {
        assertThat(rule.scan(Section.S1, text)).isEmpty();
    }

    @Test
    void the_exception_covers_only_its_own_place() {
        List<Finding> findings = rule.scan(Section.S1, "文化部门和文化部");

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.text().orElseThrow().start()).isEqualTo(5));
    }

    @Test
    void where_two_listed_words_overlap_only_the_longer_is_reported() {
        LexiconRule both = new LexiconRule(new Lexicon(List.of(
                new LexiconEntry("食品药品监督管理总局", "短", List.of()), new LexiconEntry("国家食品药品监督管理总局", "长", List.of()))));

        List<Finding> findings = both.scan(Section.S1, "原由国家食品药品监督管理总局负责，食品药品监督管理总局另行通知。");

        assertThat(findings)
                .extracting(f -> f.text().orElseThrow().shown())
                .containsExactly("国家食品药品监督管理总局", "食品药品监督管理总局");
        assertThat(findings.get(0).message()).endsWith("长");
        assertThat(findings.get(1).message()).endsWith("短");
    }

    @Test
    void the_full_check_raises_lexicon_findings_in_every_section_with_the_list_it_is_given() {
        ReportContent content =
                new ReportContent(Map.of(Section.S1, "本机关政府信息公开年度报告如下。", Section.S6, "无。"), new ReportTables(Map.of()));

        List<Finding> withList = new FullCheck(true, new Lexicon(List.of(TITLE))).check(content, Optional.empty());
        List<Finding> withoutList = new FullCheck(true, Lexicon.EMPTY).check(content, Optional.empty());

        assertThat(withList)
                .filteredOn(f -> f.rule().equals("LEXICON"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.text().orElseThrow()).isEqualTo(new TextSpan(Section.S1, 3, 13, "政府信息公开年度报告")));
        assertThat(withoutList).noneMatch(f -> f.rule().equals("LEXICON"));
    }

    @Test
    void the_seed_list_catches_outdated_names_but_not_the_departments_of_the_same_field() {
        LexiconRule seeded = new LexiconRule(Lexicon.seed());

        assertThat(seeded.scan(Section.S1, "向国家工商行政管理总局、环境保护部报送。"))
                .extracting(f -> f.text().orElseThrow().shown())
                .containsExactly("国家工商行政管理总局", "环境保护部");
        assertThat(seeded.scan(Section.S1, "会同环境保护部门、国土资源部门、文化部门和监察部门；原国土资源部。")).isEmpty();
        assertThat(seeded.scan(Section.S1, "政府信息公开工作年度报告")).isEmpty();
    }
}
