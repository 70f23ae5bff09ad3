package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PRIVACY and SECRET-MARK on every published sample: none raises a false alarm. Each sample's office contact (in the
 * preamble, before 「一、总体情况」, so not in the sections the reader returns) is seen and recognised as such when
 * the whole file is scanned as if it were section 一; the ordinary 国家秘密, 涉密信息, 敏感词 of the prose and the
 * tables raise nothing.
 */
class ConfidentialitySamplesTest {

    private static final Set<String> RULES = Set.of(PrivacyRule.RULE, SecretMarkRule.RULE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                Samples.HUAIAN_2024,
                Samples.PINGTAN_2021,
                Samples.PINGTAN_2022,
                Samples.PINGTAN_2023,
                Samples.WENXIAN_2025
            })
    void the_full_check_of_a_published_sample_raises_no_privacy_or_secret_mark_finding(String sample) {
        ReadReport report = Samples.read(sample);

        List<Finding> findings = new FullCheck().check(report.subject(), Optional.empty());

        assertThat(findings).extracting(Finding::rule).doesNotContainAnyElementsOf(RULES);
    }

    /** What each sample's whole text holds that the rules look at, and what they make of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huaian_shi_renmin_zhengfu_2024.txt | 0517-83605210 | hazwgkc@163.com
            pingtan_zonghe_shiyanqu_2021.txt   | 0591-231653   |
            pingtan_zonghe_shiyanqu_2022.txt   | 0591-23165385 |
            pingtan_zonghe_shiyanqu_2023.txt   | 0591-23165385 |
            wenxian_kejiju_2025.txt            |               |
            """)
    void the_whole_text_of_each_sample_raises_nothing_its_office_contact_being_recognised(
            String sample, String officePhone, String officeEmail) throws IOException {
        String text = Files.readString(Samples.path(sample), StandardCharsets.UTF_8);

        assertThat(new PrivacyRule().scan(Section.S1, text)).isEmpty();
        assertThat(new SecretMarkRule().scan(Section.S1, text)).isEmpty();
        OfficeContact office = OfficeContact.in(Section.S1, OfficeContact.plain(text));
        for (String contact : new String[] {officePhone, officeEmail}) {
            if (contact != null) {
                assertThat(text).contains(contact);
                assertThat(office.covers(text.indexOf(contact))).as(contact).isTrue();
            }
        }
    }
}
