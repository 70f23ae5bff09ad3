package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.ReportStructure.Table;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.Severity;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every published sample goes through the reader and the full check; the figures are the ones printed in the sample
 * (read by hand from src/test/resources/samples), and each sample yields exactly the findings a reviewer would want.
 */
class SampleReportsTest {

    static final List<String> SAMPLES = Samples.ALL;

    private static List<Finding> checkedAlone(ReadReport report) {
        return new FullCheck().check(report.subject(), Optional.empty());
    }

    private static long count(ReadReport report, String cellId) {
        BigDecimal value = report.content().tables().values().get(cellId);
        assertThat(value).as(cellId + " was read").isNotNull();
        return value.longValueExact();
    }

    private static List<Long> t3Row(ReadReport report, T3Row row) {
        return Arrays.stream(T3Column.values())
                .map(c -> count(report, Cells.t3(row, c)))
                .toList();
    }

    private static List<Long> t4(ReadReport report) {
        return T4Layout.dataRow().stream().map(id -> count(report, id)).toList();
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void every_sample_is_read_with_its_agency_year_six_sections_and_three_tables(String sample) {
        ReadReport report = Samples.read(sample);

        assertThat(report.agency()).isPresent();
        assertThat(report.year()).isPresent();
        assertThat(sample).contains(String.valueOf(report.year().getAsInt()));
        assertThat(report.format()).isEqualTo(FormatVersion.F2021);
        assertThat(report.structure().headings()).containsExactly(Section.values());
        assertThat(report.structure().tables()).containsExactlyInAnyOrder(Table.values());
        assertThat(report.content().text(Section.S1)).contains("一").hasSizeGreaterThan(500);
        assertThat(report.content().text(Section.S5)).hasSizeGreaterThan(200);
        assertThat(report.content().text(Section.S6)).isNotBlank();
        // the tables are not left in the prose, and the headings are not part of it
        for (Section section : Section.values()) {
            assertThat(report.content().text(section))
                    .doesNotContain("\t", "第二十条第", "勾稽关系", "本年制发件数", "社会公益组织", section.heading());
        }
        assertThat(report.structure().cellsRead()).containsAll(T4Layout.dataRow());
        assertThat(report.structure().cellsRead()).hasSizeGreaterThanOrEqualTo(10 + 25 * 5 + 15);
    }

    @Test
    void huaian_2024_is_read_figure_for_figure_and_has_no_findings() {
        ReadReport report = Samples.read(Samples.HUAIAN_2024);

        assertThat(report.agency()).contains("淮安市人民政府");
        assertThat(report.year()).hasValue(2024);
        assertThat(report.content().tables().values())
                .containsEntry("t2.rules.issued", new BigDecimal("1"))
                .containsEntry("t2.rules.valid", new BigDecimal("11"))
                .containsEntry("t2.normative.repealed", new BigDecimal("26"))
                .containsEntry("t2.license.decisions", new BigDecimal("447228"))
                .containsEntry("t2.penalty.decisions", new BigDecimal("3985758"))
                .containsEntry("t2.coercion.decisions", new BigDecimal("88283"))
                .containsEntry("t2.fees.amount_wan", new BigDecimal("96171.6"));
        assertThat(t3Row(report, T3Row.NEW)).containsExactly(3001L, 53L, 0L, 0L, 61L, 4L, 3119L);
        assertThat(t3Row(report, T3Row.DENY_8)).containsExactly(105L, 0L, 0L, 0L, 0L, 0L, 105L);
        assertThat(t3Row(report, T3Row.UNABLE_1)).containsExactly(746L, 12L, 0L, 0L, 10L, 1L, 769L);
        assertThat(t3Row(report, T3Row.OTHER_3)).containsExactly(108L, 2L, 0L, 0L, 0L, 0L, 110L);
        assertThat(t3Row(report, T3Row.RESULT_TOTAL)).containsExactly(2932L, 53L, 0L, 0L, 61L, 4L, 3050L);
        assertThat(t3Row(report, T3Row.CARRY_OUT)).containsExactly(103L, 0L, 0L, 0L, 0L, 0L, 103L);
        assertThat(t4(report)).containsExactly(72L, 64L, 178L, 37L, 351L, 13L, 4L, 8L, 1L, 26L, 12L, 1L, 1L, 6L, 20L);
        assertThat(report.content().text(Section.S6)).contains("信息处理费3940元");

        assertThat(checkedAlone(report)).isEmpty();
    }

    @Test
    void pingtan_2021_is_read_figure_for_figure_and_has_no_findings() {
        ReadReport report = Samples.read(Samples.PINGTAN_2021);

        assertThat(report.agency()).contains("平潭综合实验区");
        assertThat(report.year()).hasValue(2021);
        assertThat(report.content().tables().values())
                .containsEntry("t2.normative.issued", new BigDecimal("69"))
                .containsEntry("t2.normative.repealed", new BigDecimal("3"))
                .containsEntry("t2.normative.valid", new BigDecimal("665"))
                .containsEntry("t2.fees.amount_wan", new BigDecimal("24252.311082"));
        assertThat(t3Row(report, T3Row.NEW)).containsExactly(64L, 0L, 0L, 2L, 0L, 4L, 70L);
        assertThat(t3Row(report, T3Row.UNABLE_1)).containsExactly(22L, 0L, 0L, 0L, 0L, 3L, 25L);
        assertThat(t3Row(report, T3Row.CARRY_OUT)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(t4(report)).containsExactly(1L, 0L, 2L, 0L, 3L, 12L, 0L, 0L, 0L, 12L, 0L, 0L, 0L, 0L, 0L);

        assertThat(checkedAlone(report)).isEmpty();
    }

    @Test
    void pingtan_2022_is_read_and_only_its_misspelt_section_4_heading_is_reported() {
        ReadReport report = Samples.read(Samples.PINGTAN_2022);

        assertThat(report.year()).hasValue(2022);
        assertThat(report.content().tables().values())
                .containsEntry("t2.normative.issued", new BigDecimal("88"))
                .containsEntry("t2.normative.repealed", new BigDecimal("55"))
                .containsEntry("t2.normative.valid", new BigDecimal("698"))
                .containsEntry("t2.license.decisions", new BigDecimal("10690"))
                .containsEntry("t2.fees.amount_wan", new BigDecimal("9116.36"));
        assertThat(t3Row(report, T3Row.NEW)).containsExactly(71L, 3L, 0L, 0L, 0L, 0L, 74L);
        assertThat(t3Row(report, T3Row.CARRY_IN)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(t3Row(report, T3Row.OTHER_3)).containsExactly(0L, 2L, 0L, 0L, 0L, 0L, 2L);
        assertThat(t4(report)).containsExactly(0L, 1L, 1L, 0L, 2L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        // the heading with the typo still opens section 4
        assertThat(report.structure().headings()).containsExactly(Section.values());

        assertThat(checkedAlone(report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LABEL");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("四、政府信息公开行政法复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况");
        });
    }

    @Test
    void pingtan_2023_is_read_and_its_text_contradicting_table_2_is_reported() {
        ReadReport report = Samples.read(Samples.PINGTAN_2023);

        assertThat(report.year()).hasValue(2023);
        assertThat(report.content().tables().values())
                .containsEntry("t2.normative.issued", new BigDecimal("77"))
                .containsEntry("t2.normative.repealed", new BigDecimal("132"))
                .containsEntry("t2.normative.valid", new BigDecimal("470"))
                .containsEntry("t2.fees.amount_wan", new BigDecimal("5949.088667"));
        assertThat(t3Row(report, T3Row.NEW)).containsExactly(80L, 1L, 0L, 0L, 0L, 0L, 81L);
        assertThat(t3Row(report, T3Row.PARTIAL)).containsExactly(19L, 1L, 0L, 0L, 0L, 0L, 20L);
        assertThat(t3Row(report, T3Row.DENY_8)).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(t4(report)).containsExactly(1L, 1L, 0L, 0L, 2L, 4L, 0L, 0L, 1L, 5L, 1L, 0L, 1L, 0L, 2L);

        // 「清理并集中发布现行有效行政规范性文件393件」 while table 2 says 470 are in force
        assertThat(checkedAlone(report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TEXT-VS-TABLE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("t2.normative.valid");
            assertThat(f.message()).contains("一、总体情况", "现行有效行政规范性文件393件", "470");
        });
    }

    @Test
    void wenxian_2025_yields_shape_errors_for_the_missing_column_the_missing_heading_and_each_row_of_five_numbers() {
        ReadReport report = Samples.read(Samples.WENXIAN_2025);

        assertThat(report.agency()).contains("温县科学技术局");
        assertThat(report.year()).hasValue(2025);
        assertThat(report.format()).isEqualTo(FormatVersion.F2021);
        assertThat(report.structure().t3Columns())
                .containsExactly(
                        T3Column.NP,
                        T3Column.LE_BUSINESS,
                        T3Column.LE_RESEARCH,
                        T3Column.LE_PUBLIC_WELFARE,
                        T3Column.LE_LEGAL_SERVICE,
                        T3Column.TOTAL);
        // the figures it could read are returned: all zeros, the column 其他 nowhere, 自然人 not in the five-number rows
        assertThat(report.content().tables().values().values()).allMatch(v -> v.signum() == 0);
        assertThat(report.structure().cellsRead())
                .noneMatch(id -> id.endsWith(".le.other"))
                .contains("t3.r.deny.8.np", "t3.r.unable.1.total")
                .doesNotContain("t3.r.unable.1.np");
        assertThat(report.structure().cellsRead()).hasSize(10 + 14 * 6 + 11 * 5 + 15);

        List<Finding> findings = checkedAlone(report);

        List<Finding> shape =
                findings.stream().filter(f -> f.rule().equals("SHAPE")).toList();
        assertThat(shape).allMatch(Finding::isError);
        assertThat(shape)
                .filteredOn(f -> f.message().contains("缺少「法人或其他组织·其他」列"))
                .singleElement()
                .satisfies(f -> assertThat(f.cells()).hasSize(25).allMatch(id -> id.endsWith(".le.other")));
        assertThat(shape)
                .filteredOn(f -> f.message().contains("缺少行标题「（三）不予公开」"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1.属于国家秘密", "8.属于行政查询事项"));
        List<T3Row> fiveNumberRows = List.of(
                T3Row.UNABLE_1,
                T3Row.UNABLE_2,
                T3Row.UNABLE_3,
                T3Row.NOPROC_1,
                T3Row.NOPROC_2,
                T3Row.NOPROC_3,
                T3Row.NOPROC_4,
                T3Row.NOPROC_5,
                T3Row.OTHER_1,
                T3Row.OTHER_2,
                T3Row.OTHER_3);
        List<Finding> shortRows =
                shape.stream().filter(f -> f.message().contains("只有 5 个数")).toList();
        assertThat(shortRows).hasSize(11);
        for (T3Row row : fiveNumberRows) {
            assertThat(shortRows)
                    .filteredOn(f -> f.cells().contains(Cells.t3(row, T3Column.NP)))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains(row.level2(), row.level3(), "「自然人」"));
        }
        assertThat(shape).hasSize(13);

        assertThat(findings)
                .filteredOn(f -> f.rule().equals("LABEL"))
                .extracting(Finding::severity, Finding::cells)
                .containsExactly(tuple(
                        Severity.WARNING,
                        Arrays.stream(T3Column.values())
                                .map(c -> Cells.t3(T3Row.DENY_2, c))
                                .toList()));
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("LABEL"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("「2.其他法律法规禁止公开」", "「2.其他法律行政法规禁止公开」");
        // all figures are 0 and the text says no request and no case was received: nothing else to report
        assertThat(findings).hasSize(14);
    }
}
