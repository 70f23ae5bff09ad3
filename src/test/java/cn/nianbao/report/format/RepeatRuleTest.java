package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.Samples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REPEAT and its measure: made-up sections against last year's, the real 平潭 reports of three years, the cost. */
class RepeatRuleTest {

    private static final String LAST_YEAR = "2023年，本区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，"
            + "全年主动公开政府信息1520条，其中政策文件86件；共收到政府信息公开申请70件，均在法定期限内答复。"
            + "本区持续加强政策解读，围绕重点领域发布解读材料45篇，不断提升政务公开标准化规范化水平。";

    private static final String REWRITTEN = "本年度区政府聚焦优化营商环境，把公开作为转变职能的抓手：新建惠企政策专区，"
            + "实行涉企政策“一网通查”，邀请企业代表参与政策制定前的意见征集，"
            + "在社区设置公开查阅点十二个，由窗口工作人员现场帮助群众查询办事指南和补贴发放结果。";

    private static ReportContent s1(String text) {
        return new ReportContent(Map.of(Section.S1, text), new ReportTables(Map.of()));
    }

    private static List<Finding> check(String thisYear, String lastYear) {
        return new RepeatRule().check(s1(thisYear), s1(lastYear));
    }

    @Test
    void the_same_text_with_other_years_and_figures_is_100_percent_the_same_as_one_passage() {
        String thisYear = LAST_YEAR
                .replace("2023", "2024")
                .replace("1520", "１６０３")
                .replace("86", "91")
                .replace("70", "112")
                .replace("45", "8.5")
                .replace("，", ", ");

        assertThat(Shingles.overlap(thisYear, LAST_YEAR).percent()).isEqualTo(100);
        assertThat(check(thisYear, LAST_YEAR)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REPEAT");
            assertThat(f.isError()).isFalse();
            assertThat(f.message())
                    .isEqualTo("第一部分「总体情况」与上一年报告相同部分约占 100%（按连续8字片段计，不计年份、数字和标点），共 1 处与上一年相同，请按本年度的情况改写。");
            TextSpan span = f.text().orElseThrow();
            assertThat(span.section()).isEqualTo(Section.S1);
            assertThat(thisYear.substring(span.start(), span.end()))
                    .startsWith("2024年")
                    .endsWith("规范化水平");
            assertThat(span.shown()).isEqualTo("2024年, 本区坚持以习近平新时代中国…");
            assertThat(f.passages()).containsExactly(span);
        });
    }

    @Test
    void a_rewritten_text_shares_little_and_raises_nothing() {
        assertThat(Shingles.overlap(REWRITTEN, LAST_YEAR).percent()).isLessThan(10);
        assertThat(check(REWRITTEN, LAST_YEAR)).isEmpty();
    }

    @Test
    void half_of_the_text_copied_is_marked_where_it_stands_and_its_share_stated() {
        String copied = LAST_YEAR.substring(LAST_YEAR.indexOf("共收到"));
        String thisYear = REWRITTEN.substring(0, 40) + "。" + copied;

        List<Finding> findings = check(thisYear, LAST_YEAR);

        int share = Shingles.overlap(thisYear, LAST_YEAR).percent();
        assertThat(share).isBetween(50, 80);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("约占 " + share + "%");
            TextSpan span = f.text().orElseThrow();
            assertThat(thisYear.substring(span.start(), span.end()))
                    .isEqualTo(copied.substring(0, copied.length() - 1));
        });
    }

    @Test
    void just_under_half_the_same_raises_nothing() {
        String copied = LAST_YEAR.substring(LAST_YEAR.indexOf("本区持续加强"));
        String thisYear = REWRITTEN + copied;

        assertThat(Shingles.overlap(thisYear, LAST_YEAR).percent()).isBetween(20, 49);
        assertThat(check(thisYear, LAST_YEAR)).isEmpty();
    }

    @Test
    void several_copied_passages_are_each_marked() {
        String thisYear = "本区持续加强政策解读，围绕重点领域发布解读材料9篇。今年新设惠企政策专区。" + "全面贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1600条。";

        assertThat(check(thisYear, LAST_YEAR)).singleElement().satisfies(f -> {
            assertThat(f.passages())
                    .extracting(p -> thisYear.substring(p.start(), p.end()))
                    .containsExactly("本区持续加强政策解读，围绕重点领域发布解读材料9篇", "全面贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1600条");
            assertThat(f.text().orElseThrow()).isEqualTo(f.passages().get(1));
            assertThat(f.message()).contains("共 2 处");
        });
    }

    @Test
    void a_short_set_phrase_repeated_every_year_is_left_alone() {
        assertThat(check("2024年，无收取信息处理费情况。", "2023年，无收取信息处理费情况。")).isEmpty();
    }

    @Test
    void each_section_is_compared_with_the_same_section_of_last_year_only() {
        ReportContent lastYear = new ReportContent(Map.of(Section.S5, LAST_YEAR), new ReportTables(Map.of()));

        assertThat(new RepeatRule().check(s1(LAST_YEAR), lastYear)).isEmpty();
        assertThat(new RepeatRule()
                        .check(new ReportContent(Map.of(Section.S5, LAST_YEAR), new ReportTables(Map.of())), lastYear))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .startsWith("第五部分「存在的主要问题及改进情况」与上一年报告相同部分约占 100%");
    }

    @Test
    void the_full_check_applies_it_only_with_last_years_report() {
        FullCheck fullCheck = new FullCheck();

        assertThat(fullCheck.check(s1(LAST_YEAR), Optional.empty()))
                .extracting(Finding::rule)
                .doesNotContain("REPEAT");
        assertThat(fullCheck.check(s1(LAST_YEAR.replace("2023", "2024")), Optional.of(s1(LAST_YEAR))))
                .extracting(Finding::rule)
                .contains("REPEAT");
    }

    /** The real reports of 平潭 rewrite their text every year: what each raises against the year before (nothing). */
    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(textBlock = """
            pingtan_zonghe_shiyanqu_2022.txt, pingtan_zonghe_shiyanqu_2021.txt, 1, 1
            pingtan_zonghe_shiyanqu_2023.txt, pingtan_zonghe_shiyanqu_2022.txt, 14, 6
            """)
    void the_real_reports_of_consecutive_years_raise_no_repeat(
            String thisYear, String lastYear, int shareOfS1, int shareOfS5) {
        ReadReport now = Samples.read(thisYear);
        ReadReport before = Samples.read(lastYear);

        assertThat(Shingles.overlap(
                                now.content().text(Section.S1), before.content().text(Section.S1))
                        .percent())
                .isEqualTo(shareOfS1);
        assertThat(Shingles.overlap(
                                now.content().text(Section.S5), before.content().text(Section.S5))
                        .percent())
                .isEqualTo(shareOfS5);
        assertThat(new FullCheck().check(now.subject(), Optional.of(before.subject())))
                .extracting(Finding::rule)
                .doesNotContain(RepeatRule.RULE);
    }

    @Test
    void the_measure_is_linear_a_few_set_operations_per_character_even_on_a_megabyte() {
        String a = LAST_YEAR.repeat(3_000);
        String b = REWRITTEN.repeat(3_000) + "一".repeat(100_000) + "1".repeat(100_000);

        Shingles.Overlap overlap = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Shingles.overlap(b, a));

        // one add per shingle of last year's text, an add and a lookup per shingle of this year's
        assertThat(overlap.setOperations()).isLessThanOrEqualTo(a.length() + 2L * b.length());
        assertThat(overlap.percent()).isLessThan(10);
    }
}
