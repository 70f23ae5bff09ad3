package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.Severity;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader on variants of a real report (淮安 2024, changed line by line) and on small hand-made inputs: what it
 * reads, and that whatever it cannot read or reads in a way the format does not have becomes a finding.
 */
class ReportReaderTest {

    private final ReportReader reader = new ReportReader();

    private static String huaian() throws IOException {
        return Files.readString(Samples.path(Samples.HUAIAN_2024));
    }

    /** The 淮安 report with each {@code from} replaced by the {@code to} after it; each must occur. */
    private static String huaianWith(String... fromTo) throws IOException {
        String text = huaian();
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(text).as("the sample has " + fromTo[i]).contains(fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return text;
    }

    private static List<Finding> check(ReadReport report) {
        return new FullCheck().check(report.subject(), Optional.empty());
    }

    private static List<String> t3Cells(T3Row row) {
        return Arrays.stream(T3Column.values()).map(c -> Cells.t3(row, c)).toList();
    }

    @Test
    void half_width_brackets_spaces_and_other_separators_in_labels_change_nothing() throws IOException {
        ReadReport original = reader.readText(huaian());
        ReadReport variant = reader.readText(huaianWith(
                "（一）予以公开", "(一) 予以公开",
                "（三）不予公开", "(三)不予公开",
                "（七）总计", "(七) 总计",
                "结果维持\t结果纠正\t其他结果\t尚未审结", "结果 维持\t结果 纠正\t其他 结果\t尚未 审结",
                "第二十条第（一）项", "第二十条 第(一)项",
                "四、政府信息公开行政复议、行政诉讼情况", "四．政府信息公开行政复议、行政诉讼情况"));

        assertThat(variant.content().tables().values())
                .isEqualTo(original.content().tables().values())
                .hasSize(200);
        assertThat(check(variant)).isEmpty();
    }

    @Test
    void a_report_in_the_2019_trial_format_is_recognised_and_each_difference_is_a_shape_error() throws IOException {
        String table2Of2019 = """
                第二十条第（一）项
                信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
                规章\t1\t1\t11
                规范性文件\t8\t8\t66
                第二十条第（五）项
                信息内容\t上一年项目数量\t本年增/减\t处理决定数量
                行政许可\t120\t-3\t447228
                其他对外管理服务事项\t10\t0\t500
                第二十条第（六）项
                信息内容\t上一年项目数量\t本年增/减\t处理决定数量
                行政处罚\t20\t1\t3985758
                行政强制\t5\t0\t88283
                第二十条第（八）项
                信息内容\t上一年项目数量\t本年增/减
                行政事业性收费\t30\t-2
                第二十条第（九）项
                信息内容\t采购项目数量\t采购总金额
                政府集中采购\t12\t345.6
                """;
        String text = huaian();
        String table2 = text.substring(text.indexOf("第二十条第（一）项"), text.indexOf("三、收到和处理政府信息公开申请情况"));
        String otherRows = text.substring(text.indexOf("\t（六）其他处理"), text.indexOf("\t（七）总计"));
        ReadReport report = reader.readText(
                text.replace(table2, table2Of2019 + "\n").replace(otherRows, "\t（六）其他处理\t\t181\t5\t0\t0\t1\t0\t187\n"));

        assertThat(report.format()).isEqualTo(FormatVersion.F2019);
        // 处理决定数量 is the 2021 本年处理决定数量; the single （六） row is read into 「3.其他」
        assertThat(report.content().tables().values())
                .containsEntry("t2.license.decisions", new BigDecimal("447228"))
                .containsEntry("t2.penalty.decisions", new BigDecimal("3985758"))
                .containsEntry("t2.coercion.decisions", new BigDecimal("88283"))
                .doesNotContainKeys(
                        "t2.rules.issued",
                        "t2.normative.valid",
                        "t2.fees.amount_wan",
                        "t3.r.other.1.np",
                        "t3.r.other.2.total");
        assertThat(t3Cells(T3Row.OTHER_3).stream()
                        .map(id -> report.content().tables().count(id)))
                .containsExactly(181L, 5L, 0L, 0L, 1L, 0L, 187L);

        List<Finding> findings = check(report);

        List<String> shape = findings.stream()
                .filter(f -> f.rule().equals("SHAPE"))
                .map(Finding::message)
                .toList();
        assertThat(shape)
                .anySatisfy(m -> assertThat(m).contains("2019年试行格式的列「本年新制作数量」「本年新公开数量」「对外公开总数量」"))
                .anySatisfy(m -> assertThat(m).contains("2019年试行格式的列「上一年项目数量」「本年增/减」"))
                .anySatisfy(m -> assertThat(m).contains("第二十条第（九）项", "政府集中采购"))
                .anySatisfy(m -> assertThat(m).contains("规定格式没有的行「其他对外管理服务事项」"))
                .anySatisfy(m -> assertThat(m).contains("「（六）其他处理」只有一行（2019年试行格式）"))
                .anySatisfy(m -> assertThat(m).contains("表二「规章」行只读到 0 个数，应有 3 个"))
                .anySatisfy(m -> assertThat(m).contains("表二「行政事业性收费」行只读到 0 个数，应有 1 个"))
                .noneSatisfy(m -> assertThat(m).contains("缺少「（六）其他处理 1."));
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("LABEL"))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder("「规范性文件」与规定格式的文字「行政规范性文件」不一致。", "「处理决定数量」与规定格式的文字「本年处理决定数量」不一致。");
        // the figures it did read still add up
        assertThat(findings).extracting(Finding::rule).containsOnly("SHAPE", "LABEL");
    }

    @Test
    void blank_slash_and_dash_cells_are_read_as_zero_with_a_domain_warning() throws IOException {
        ReadReport report = reader.readText(huaianWith(
                "规章\t1\t0\t11", "规章\t/\t—\t11",
                "3.要求提供公开出版物\t0\t0", "3.要求提供公开出版物\t\t0"));

        assertThat(report.content().tables().values())
                .containsEntry("t2.rules.issued", BigDecimal.ZERO)
                .containsEntry("t2.rules.repealed", BigDecimal.ZERO)
                .containsEntry("t3.r.noproc.3.np", BigDecimal.ZERO);
        assertThat(check(report))
                .allSatisfy(f -> {
                    assertThat(f.rule()).isEqualTo("DOMAIN");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                })
                .extracting(Finding::message)
                .containsExactly(
                        "表二「规章·本年制发件数」写作「/」，按 0 读入；规定格式要求没有数字时填 0。",
                        "表二「规章·本年废止件数」写作「—」，按 0 读入；规定格式要求没有数字时填 0。",
                        "表三「3.要求提供公开出版物·自然人」空白，按 0 读入；规定格式要求没有数字时填 0。");
    }

    @Test
    void a_row_that_lost_a_number_is_a_shape_error_naming_it_and_its_other_numbers_are_read() throws IOException {
        ReadReport report = reader.readText(
                huaianWith("\t\t3.补正后申请内容仍不明确\t1\t0\t0\t0\t0\t0\t1", "\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t1"));

        assertThat(report.content().tables().values())
                .containsEntry("t3.r.unable.3.total", BigDecimal.ONE)
                .containsEntry("t3.r.unable.3.le.other", BigDecimal.ZERO)
                .doesNotContainKey("t3.r.unable.3.np");
        assertThat(check(report))
                .filteredOn(f -> f.rule().equals("SHAPE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).isEqualTo(t3Cells(T3Row.UNABLE_3));
                    assertThat(f.message()).isEqualTo("表三「（四）无法提供 3.补正后申请内容仍不明确」行只有 6 个数，规定格式每行 7 个数；没有读到：「自然人」。");
                });
    }

    @Test
    void misspelt_labels_are_read_as_their_rows_and_columns_with_a_label_warning_each() throws IOException {
        ReadReport report = reader.readText(huaianWith(
                "2.其他法律行政法规禁止公开", "2.其他法律行政止公开",
                "法律服务机构\t其他", "法律服务机构\t其它",
                "行政规范性文件\t8", "规范性文件\t8",
                "五、存在的主要问题及改进情况", "五、存在问题及改进情况"));

        assertThat(t3Cells(T3Row.DENY_2).stream()
                        .map(id -> report.content().tables().count(id)))
                .containsExactly(30L, 1L, 0L, 0L, 0L, 0L, 31L);
        assertThat(report.content().tables().count("t3.new.le.other")).isEqualTo(4);
        assertThat(report.content().tables().count("t2.normative.issued")).isEqualTo(8);
        assertThat(report.structure().headings()).containsExactly(Section.values());
        assertThat(check(report))
                .allMatch(f -> f.rule().equals("LABEL") && !f.isError())
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "「2.其他法律行政止公开」与规定格式的文字「2.其他法律行政法规禁止公开」不一致。",
                        "「其它」与规定格式的文字「其他」不一致。",
                        "「规范性文件」与规定格式的文字「行政规范性文件」不一致。",
                        "「五、存在问题及改进情况」与规定格式的文字「五、存在的主要问题及改进情况」不一致。");
    }

    @Test
    void a_paragraph_that_mentions_the_check_relations_before_the_tables_is_text_not_table_3() throws IOException {
        String paragraph = "严格核对各表数据的勾稽关系，确保数据准确。";
        ReadReport report = reader.readText(huaianWith("（五）政府信息公开监督保障情况。", paragraph + "\n（五）政府信息公开监督保障情况。"));

        assertThat(report.content().text(Section.S1)).contains(paragraph);
        assertThat(report.content().tables().values()).hasSize(200);
        assertThat(check(report)).isEmpty();
    }

    @Test
    void a_missing_heading_is_a_shape_error_and_its_text_stays_with_the_section_before() throws IOException {
        ReadReport report = reader.readText(huaianWith("六、其他需要报告的事项\n", ""));

        assertThat(report.structure().headings()).doesNotContain(Section.S6);
        assertThat(report.content().text(Section.S5)).contains("信息处理费3940元");
        assertThat(check(report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("SHAPE");
            assertThat(f.message()).isEqualTo("缺少第六部分的标题「六、其他需要报告的事项」。");
        });
    }

    @Test
    void a_text_without_headings_or_tables_is_of_unknown_format_and_everything_missing_is_said() throws IOException {
        ReadReport report = reader.readText("某某县审计局2023年政府信息公开工作年度报告\n\n本年度我局认真贯彻《条例》，做好政府信息公开工作。\n");

        assertThat(report.format()).isEqualTo(FormatVersion.UNKNOWN);
        assertThat(report.agency()).contains("某某县审计局");
        assertThat(report.year()).hasValue(2023);
        assertThat(report.content().tables().values()).isEmpty();
        List<Finding> findings = check(report);
        assertThat(findings)
                .allMatch(f -> f.rule().equals("SHAPE") && f.isError())
                .hasSize(6 + 3);
        assertThat(findings).extracting(Finding::message).contains("未找到表三（收到和处理政府信息公开申请情况），其数字无法读取。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            温县科学技术局 2025 年政府信息公开工作年度报告                                  | 温县科学技术局       | 2025
            平潭综合实验区2022年度政府信息公开工作年度报告                                  | 平潭综合实验区       | 2022
            海淀区人民政府关于2023年政府信息公开工作年度报告                                | 海淀区人民政府       | 2023
            当前位置：首页 > 政务公开 > 上海市教育委员会2021年政府信息公开工作年报              | 上海市教育委员会      | 2021
            2024年政府信息公开工作年度报告                                                |                    | 2024
            本报告所列数据统计期限为2024年1月1日至2024年12月31日。                           |                    | 2024
            """)
    void agency_and_year_come_from_the_title_line(String firstLine, String agency, int year) throws IOException {
        ReadReport report = reader.readText(firstLine + "\n一、总体情况\n正文。\n");

        assertThat(report.agency()).isEqualTo(Optional.ofNullable(agency));
        assertThat(report.year()).hasValue(year);
    }

    @Test
    void a_file_in_gb18030_is_read_like_its_utf8_original(@TempDir Path folder) throws IOException {
        Path gbk = folder.resolve("huaian-gbk.txt");
        Files.writeString(gbk, huaian(), Charset.forName("GB18030"));

        ReadReport fromGbk = reader.read(gbk);

        assertThat(fromGbk.agency()).contains("淮安市人民政府");
        assertThat(fromGbk.content().tables().values())
                .isEqualTo(reader.read(Samples.path(Samples.HUAIAN_2024))
                        .content()
                        .tables()
                        .values());
    }

    @Test
    void a_broken_pdf_and_a_broken_word_file_are_refused_as_broken(@TempDir Path folder) throws IOException {
        Path pdf = Files.write(folder.resolve("report.pdf"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        Path docx = Files.write(folder.resolve("report.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThatThrownBy(() -> reader.read(pdf))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage("文件已损坏或不是 PDF 文件，无法读取。");
        assertThatThrownBy(() -> reader.read(docx))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("Word");
    }

    @Test
    void an_html_table_with_merged_header_cells_is_read_on_its_grid() throws IOException {
        String html = """
                <html><head><title>某某局2024年政府信息公开工作年度报告</title></head><body>
                <div class="nav">首页 &gt; 政务公开</div>
                <p>四、政府信息公开行政复议、行政诉讼情况</p>
                <table border="1">
                <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
                <tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td>
                    <td rowspan="2">尚未审结</td><td rowspan="2">总计</td>
                    <td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
                <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
                    <td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
                <tr><td>1</td><td>2</td><td>3</td><td>4</td><td>10</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td>
                    <td>&nbsp;</td><td>0</td><td>0</td><td>2</td><td>2</td></tr>
                </table>
                <p>五、存在的主要问题及改进情况</p><p>无。<br>下一步继续改进。</p>
                </body></html>
                """;

        ReadReport report = reader.readHtml(html);

        assertThat(report.agency()).contains("某某局");
        assertThat(report.year()).hasValue(2024);
        assertThat(T4Layout.dataRow().stream()
                        .map(id -> report.content().tables().count(id)))
                .containsExactly(1L, 2L, 3L, 4L, 10L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 2L, 2L);
        assertThat(report.structure().blankCells()).containsOnlyKeys("t4.lit_after.upheld");
        assertThat(report.content().text(Section.S5)).isEqualTo("无。\n下一步继续改进。");
        assertThat(report.content().sections().values()).noneMatch(t -> t.contains("首页"));
        assertThat(report.structure().labels()).allMatch(l -> !l.written().contains("\t"));
        assertThat(report.structure().labels()).anySatisfy(l -> {
            assertThat(l.official()).isEqualTo("结果维持");
            assertThat(l.written()).isEqualTo("结果 维持");
        });
    }
}
