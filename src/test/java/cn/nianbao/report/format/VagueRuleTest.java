package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.reading.Samples;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VAGUE on made-up sections 五 and on every real sample; on in the drafter's check, off in the published reports'. */
class VagueRuleTest {

    private static final String BOILERPLATE =
            "2024年，我局政务公开工作还存在一些不足。下一步，我局将进一步加强政府信息公开工作，" + "不断提升政务公开水平，完善相关制度，切实做好各项工作。";

    private static ReportContent s5(String text) {
        return new ReportContent(Map.of(Section.S5, text), new ReportTables(Map.of()));
    }

    private static List<Finding> check(String text) {
        return new VagueRule().check(s5(text));
    }

    @Test
    void a_section_of_general_verbs_and_no_object_is_a_warning_over_the_whole_section() {
        assertThat(check(BOILERPLATE)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("VAGUE");
            assertThat(f.isError()).isFalse();
            assertThat(f.message())
                    .isEqualTo("第五部分「存在的主要问题及改进情况」只有“进一步、加强、不断、提升”等笼统的说法，没有写出具体的问题或改进措施（泛泛而谈），请写明是哪方面的问题、采取什么措施。");
            TextSpan span = f.text().orElseThrow();
            assertThat(span.section()).isEqualTo(Section.S5);
            assertThat(span.start()).isZero();
            assertThat(span.end()).isEqualTo(BOILERPLATE.length());
        });
        assertThat(check("一是工作力度有待加强；二是制度有待完善。下一步将持续深化、全面提升。")).hasSize(1);
    }

    @Test
    void one_named_problem_or_measure_is_enough_to_say_nothing() {
        assertThat(check(BOILERPLATE + "组织业务培训。")).isEmpty();
        assertThat(check(BOILERPLATE.replace("完善相关制度", "完善公开指南"))).isEmpty();
        assertThat(check("下一步，我局将进一步加强政策解读。")).isEmpty();
        assertThat(check("进一步提升工作水平，全年培训2次。")).isEmpty();
    }

    @Test
    void an_empty_section_is_not_vague() {
        assertThat(check("")).isEmpty();
        assertThat(check("  \n")).isEmpty();
    }

    /** What each real sample's section 五 raises: nothing, each names its problems and measures. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                Samples.HUAIAN_2024,
                Samples.PINGTAN_2021,
                Samples.PINGTAN_2022,
                Samples.PINGTAN_2023,
                Samples.WENXIAN_2025
            })
    void no_real_sample_is_vague(String sample) {
        assertThat(new VagueRule().check(Samples.read(sample).content())).isEmpty();
    }

    @Test
    void the_full_check_applies_it_for_the_drafter_and_leaves_it_out_when_asked() {
        assertThat(new FullCheck().check(s5(BOILERPLATE), Optional.empty()))
                .extracting(Finding::rule)
                .containsExactly("VAGUE");
        assertThat(new FullCheck(false).check(s5(BOILERPLATE), Optional.empty()))
                .isEmpty();
    }
}
