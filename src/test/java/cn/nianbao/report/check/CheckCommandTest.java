package cn.nianbao.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Layout;
import cn.nianbao.report.format.reading.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check [--json] FILE...} as a user runs it: the output, the JSON lines, the exit codes. */
class CheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Run(int exit, String out, String err) {

        List<JsonNode> jsonLines() {
            return out.lines().map(JSON::readTree).toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String sample(String name) {
        return Samples.path(name).toString();
    }

    private static Set<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().collect(Collectors.toSet());
    }

    @Test
    void a_report_without_errors_exits_0_even_with_warnings() {
        Run huaian = run(sample(Samples.HUAIAN_2024));
        Run withWarning = run(sample(Samples.PINGTAN_2022));

        assertThat(huaian.exit()).isZero();
        assertThat(huaian.out()).contains("机关：淮安市人民政府", "年度：2024年", "格式：2021年格式", "结论：没有发现问题。");
        assertThat(huaian.err()).isEmpty();
        assertThat(withWarning.exit()).isZero();
        assertThat(withWarning.out())
                .contains("警告（1）：", "[LABEL]", "结论：0 个错误，1 个警告。")
                .doesNotContain("错误（");
    }

    @Test
    void a_report_with_errors_exits_1_and_prints_them_grouped_by_severity_in_chinese() {
        Run run = run(sample(Samples.WENXIAN_2025));

        assertThat(run.exit()).isEqualTo(CheckCommand.ERRORS_FOUND);
        String out = run.out();
        assertThat(out).startsWith("文件：" + sample(Samples.WENXIAN_2025) + "\n机关：温县科学技术局　年度：2025年　格式：2021年格式");
        assertThat(out.indexOf("错误（13）：")).isPositive().isLessThan(out.indexOf("警告（1）："));
        assertThat(out)
                .contains(
                        "  1. [SHAPE] 表三缺少「法人或其他组织·其他」列",
                        "[SHAPE] 表三缺少行标题「（三）不予公开」",
                        "[SHAPE] 表三「（五）不予处理 2.重复申请」行只有 5 个数",
                        "  1. [LABEL] 「2.其他法律法规禁止公开」与规定格式的文字「2.其他法律行政法规禁止公开」不一致。",
                        "结论：13 个错误，1 个警告；有错误，不符合规定格式。");
    }

    @Test
    void a_file_that_cannot_be_read_exits_2_and_the_others_are_still_checked(@TempDir Path folder) throws IOException {
        Path pdf = Files.write(folder.resolve("scan.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        String missing = folder.resolve("missing.txt").toString();

        Run run = run(missing, sample(Samples.HUAIAN_2024), pdf.toString());

        assertThat(run.exit()).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(run.err()).contains(missing + "：找不到这个文件。", pdf + "：无法读取（文件已损坏或不是 PDF 文件");
        assertThat(run.out()).contains("机关：淮安市人民政府", "共 3 个文件：2 个无法读取，0 个有错误，1 个没有错误。");
        assertThat(run(missing).exit()).isEqualTo(2);
        assertThat(run("--json", missing).out()).isEmpty();
    }

    @Test
    void a_pdf_is_read_by_its_extension_from_its_text_layer(@TempDir Path folder) throws IOException {
        Path pdf = folder.resolve("去年的报告.pdf");
        try (PDDocument document = new PDDocument();
                InputStream font =
                        CheckCommandTest.class.getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            PDType0Font chinese = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(chinese, 14);
                content.newLineAtOffset(60, 760);
                content.showText("某某县某某局2024年政府信息公开工作年度报告");
                content.newLineAtOffset(0, -40);
                content.showText("一、总体情况");
                content.endText();
            }
            document.save(pdf.toFile());
        }

        Run run = run(pdf.toString());

        assertThat(run.out()).contains("机关：某某县某某局", "年度：2024");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void an_empty_or_blank_file_exits_2_saying_it_is_empty(@TempDir Path folder) throws IOException {
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(folder.resolve("blank.txt"), "  \n\t\n\u3000\n");

        Run run = run(empty.toString(), blank.toString());

        assertThat(run.exit()).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(run.err()).contains(empty + "：无法读取（文件是空的，没有可以校验的文字。）", blank + "：无法读取（文件是空的，没有可以校验的文字。）");
        assertThat(run.out()).doesNotContain("SHAPE");
    }

    @Test
    void a_report_saved_as_utf16_with_a_byte_order_mark_is_read_like_its_utf8_original(@TempDir Path folder)
            throws IOException {
        String text = Files.readString(Samples.path(Samples.HUAIAN_2024));
        Path utf16 =
                Files.write(folder.resolve("huaian-utf16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));

        Run run = run(utf16.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("机关：淮安市人民政府", "结论：没有发现问题。");
    }

    @Test
    void no_file_or_an_unknown_option_prints_the_usage_and_exits_2_and_help_exits_0() {
        assertThat(run()).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("用法：java -jar nianbao.jar check [--json] [--vague] 文件...");
        });
        assertThat(run("--xml", sample(Samples.HUAIAN_2024)).exit()).isEqualTo(2);
        assertThat(run("--help")).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("退出码：0 没有错误；1 发现错误；2 有文件无法读取。");
        });
    }

    @Test
    void json_prints_one_object_per_file_per_line_with_exactly_the_documented_fields() {
        Run run = run("--json", sample(Samples.HUAIAN_2024), sample(Samples.WENXIAN_2025));

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            assertThat(fieldNames(line))
                    .containsExactlyInAnyOrder("file", "agency", "year", "format", "tables", "findings", "notes");
            assertThat(line.get("notes").isArray()).isTrue();
            assertThat(line.get("file").isString()).isTrue();
            assertThat(line.get("agency").isString()).isTrue();
            assertThat(line.get("year").isInt()).isTrue();
            assertThat(line.get("format").asString()).isIn("2021", "2019", "unknown");
            JsonNode tables = line.get("tables");
            assertThat(fieldNames(tables)).containsExactlyInAnyOrder("t2", "t3", "t4");
            assertThat(Arrays.stream(T2Cell.values()).map(T2Cell::id)).containsAll(fieldNames(tables.get("t2")));
            assertThat(Arrays.stream(T3Row.values()).map(T3Row::id)).containsAll(fieldNames(tables.get("t3")));
            for (JsonNode row : tables.get("t3")) {
                assertThat(Arrays.stream(T3Column.values()).map(T3Column::id)).containsAll(fieldNames(row));
                row.forEach(value -> assertThat(value.isIntegralNumber()).isTrue());
            }
            assertThat(T4Layout.dataRow()).containsAll(fieldNames(tables.get("t4")));
            for (JsonNode finding : line.get("findings")) {
                assertThat(fieldNames(finding)).containsExactlyInAnyOrder("severity", "rule", "cells", "message");
                assertThat(finding.get("severity").asString()).isIn("error", "warning");
                assertThat(finding.get("cells").isArray()).isTrue();
                finding.get("cells").forEach(c -> assertThat(Cells.all()).contains(c.asString()));
            }
        }
        JsonNode huaian = lines.getFirst();
        assertThat(huaian.get("file").asString()).isEqualTo(sample(Samples.HUAIAN_2024));
        assertThat(huaian.get("agency").asString()).isEqualTo("淮安市人民政府");
        assertThat(huaian.get("year").asInt()).isEqualTo(2024);
        assertThat(huaian.at("/tables/t2/t2.fees.amount_wan").decimalValue()).isEqualByComparingTo("96171.6");
        assertThat(huaian.at("/tables/t2/t2.penalty.decisions").asLong()).isEqualTo(3985758L);
        assertThat(huaian.at("/tables/t3/new/total").asInt()).isEqualTo(3119);
        assertThat(huaian.at("/tables/t3/r.other.3/np").asInt()).isEqualTo(108);
        assertThat(huaian.at("/tables/t4/t4.review.total").asInt()).isEqualTo(351);
        assertThat(fieldNames(huaian.at("/tables/t2"))).hasSize(10);
        assertThat(fieldNames(huaian.at("/tables/t3"))).hasSize(25);
        assertThat(fieldNames(huaian.at("/tables/t4"))).hasSize(15);
        assertThat(huaian.get("findings").isEmpty()).isTrue();

        JsonNode wenxian = lines.get(1);
        // only what could be read: no column 其他, no 自然人 in the rows of five numbers
        assertThat(fieldNames(wenxian.at("/tables/t3/new")))
                .doesNotContain("le.other")
                .hasSize(6);
        assertThat(fieldNames(wenxian.at("/tables/t3/r.noproc.2")))
                .doesNotContain("np")
                .hasSize(5);
        assertThat(wenxian.get("findings").get(0).get("severity").asString()).isEqualTo("error");
        assertThat(wenxian.get("findings").get(0).get("rule").asString()).isEqualTo("SHAPE");
        assertThat(wenxian.get("findings").get(0).get("message").asString()).contains("「法人或其他组织·其他」列");
    }

    @Test
    void files_of_one_agency_for_consecutive_years_are_checked_across_years_in_any_order() {
        Run text = run(sample(Samples.PINGTAN_2023), sample(Samples.PINGTAN_2021), sample(Samples.PINGTAN_2022));
        Run json =
                run("--json", sample(Samples.PINGTAN_2023), sample(Samples.PINGTAN_2021), sample(Samples.PINGTAN_2022));

        assertThat(text.exit()).isZero();
        assertThat(text.out())
                .contains("对照上年报告：" + sample(Samples.PINGTAN_2022), "对照上年报告：" + sample(Samples.PINGTAN_2021));
        // pingtan 2023 against 2022: 698 + 77 − 132 = 643, not the 470 written; carry-over 0 = 0
        List<JsonNode> lines = json.jsonLines();
        assertThat(rules(lines.get(0))).containsExactlyInAnyOrder("TEXT-VS-TABLE", "XY-VALID");
        assertThat(lines.get(0).get("findings").findValuesAsString("message"))
                .contains("表二「行政规范性文件·现行有效件数」为 470，但上年现行有效 698 + 本年制发 77 − 本年废止 132 = 643。");
        // pingtan 2021 has no earlier report here; 2022 continues 2021 (carry 1 = 1, 665 + 88 − 55 = 698)
        assertThat(rules(lines.get(1))).isEmpty();
        assertThat(rules(lines.get(2))).containsExactly("LABEL");
        // a year apart is not last year: 2023 alongside 2021 only gets no cross-year rule
        assertThat(rules(run("--json", sample(Samples.PINGTAN_2023), sample(Samples.PINGTAN_2021))
                        .jsonLines()
                        .getFirst()))
                .containsExactly("TEXT-VS-TABLE");
    }

    @Test
    void text_the_tables_contradict_is_reported_in_json_with_the_cell_and_both_places(@TempDir Path folder)
            throws IOException {
        // 平潭 2021 carries 1 application over to 2022: 均已办结 is not true
        String text = Files.readString(Samples.path(Samples.PINGTAN_2021))
                .replace("2021年，无收取信息处理费情况。", "2021年，无收取信息处理费情况。全区收到的政府信息公开申请均已办结。全年收取信息处理费100元。");
        Path edited = Files.writeString(folder.resolve("pingtan-2021-edited.txt"), text);

        Run run = run("--json", edited.toString());

        List<JsonNode> contradictions = new ArrayList<>();
        run.jsonLines().getFirst().get("findings").forEach(f -> {
            if (f.get("rule").asString().equals("CONTRADICTION")) {
                contradictions.add(f);
            }
        });
        assertThat(contradictions)
                .hasSize(2)
                .allMatch(f -> f.get("severity").asString().equals("warning"));
        assertThat(contradictions.get(0).get("cells").get(0).asString()).isEqualTo("t3.carry_out.total");
        assertThat(contradictions.get(0).get("message").asString())
                .isEqualTo("正文「六、其他需要报告的事项」写“全区收到的政府信息公开申请均已办结”，但表三「四、结转下年度继续办理·总计」为 1。");
        // two places in the text: no cell, both sentences quoted
        assertThat(contradictions.get(1).get("cells")).isEmpty();
        assertThat(contradictions.get(1).get("message").asString()).contains("写“无收取信息处理费情况”", "写“全年收取信息处理费100元”");
        assertThat(run.exit()).isZero();
    }

    @Test
    void a_cell_with_a_note_besides_its_number_is_read_as_the_number_and_the_note_is_shown_with_it(@TempDir Path folder)
            throws IOException {
        String text = Files.readString(Samples.path(Samples.PINGTAN_2021))
                .replace("行政规范性文件\t69\t3\t665", "行政规范性文件\t69（其中修订5件）\t3件\t665（含自然失效8件）");
        Path edited = Files.writeString(folder.resolve("pingtan-2021-noted.txt"), text);

        JsonNode line = run("--json", edited.toString()).jsonLines().getFirst();

        // read as the sample's figures: no finding, as for the sample itself
        assertThat(rules(line)).isEmpty();
        assertThat(line.at("/tables/t2/t2.normative.issued").asInt()).isEqualTo(69);
        assertThat(line.at("/tables/t2/t2.normative.repealed").asInt()).isEqualTo(3);
        assertThat(line.at("/tables/t2/t2.normative.valid").asInt()).isEqualTo(665);
        assertThat(line.get("notes")).hasSize(2);
        assertThat(line.get("notes").get(0).get("cell").asString()).isEqualTo("t2.normative.issued");
        assertThat(line.get("notes").get(0).get("value").asInt()).isEqualTo(69);
        assertThat(line.get("notes").get(0).get("note").asString()).isEqualTo("其中修订5件");
        assertThat(line.get("notes").get(1).get("note").asString()).isEqualTo("含自然失效8件");
        assertThat(run(edited.toString()).out()).contains("单元格附注：表二「行政规范性文件·现行有效件数」按 665 读取，附注“含自然失效8件”");
    }

    private static List<String> rules(JsonNode line) {
        List<String> rules = new ArrayList<>();
        line.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
        return rules;
    }
}
