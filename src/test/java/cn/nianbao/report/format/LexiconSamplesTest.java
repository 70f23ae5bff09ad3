package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.reading.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LEXICON with the seed list on every published sample: nothing, neither in the sections the full check reads nor in
 * the whole file (title, preamble, tables). The samples write 「政府信息公开工作年度报告」 and 「国务院办公厅」, which
 * the seed list leaves alone, and name none of the bodies abolished in 2018.
 */
class LexiconSamplesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                Samples.HUAIAN_2024,
                Samples.PINGTAN_2021,
                Samples.PINGTAN_2022,
                Samples.PINGTAN_2023,
                Samples.WENXIAN_2025
            })
    void no_sample_raises_a_lexicon_finding_with_the_seed_list(String sample) throws IOException {
        assertThat(new FullCheck().check(Samples.read(sample).subject(), Optional.empty()))
                .noneMatch(f -> f.rule().equals(LexiconRule.RULE));

        String whole = Files.readString(Samples.path(sample), StandardCharsets.UTF_8);
        assertThat(whole).contains("政府信息公开工作年度报告");
        assertThat(new LexiconRule(Lexicon.seed()).scan(Section.S1, whole)).isEmpty();
    }
}
