package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.base.ExcelCsv;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shaping of a published report's tables for the JSON and CSV downloads, and the names they are saved under. */
class ReportDataTest {

    private static final Instant PUBLISHED = Instant.parse("2026-01-30T16:30:45.123456Z");

    private static PublishedReport entry(String agency) {
        return new PublishedReport(42, 7, agency, 2025, agency + "2025年政府信息公开工作年度报告", PUBLISHED, 3);
    }

    private static ReportData data(String agency, Map<String, BigDecimal> cells) {
        return new ReportData(entry(agency), new ReportTables(cells));
    }

    @Test
    void the_json_has_every_cell_in_the_checkers_table_shape_with_unfilled_cells_as_zero() {
        Map<String, Object> json = data(
                        "某县教育局",
                        Map.of(
                                "t2.normative.valid",
                                new BigDecimal("245"),
                                Cells.t3(T3Row.DENY_3, T3Column.LE_OTHER),
                                new BigDecimal("4"),
                                "t4.lit_after.total",
                                new BigDecimal("2")))
                .json();

        assertThat(json).containsOnlyKeys("agency", "year", "publishedAt", "title", "format", "tables");
        assertThat(json.get("agency")).isEqualTo("某县教育局");
        assertThat(json.get("year")).isEqualTo(2025);
        assertThat(json.get("format")).isEqualTo("2021");
        Map<String, Object> tables = map(json.get("tables"));
        assertThat(tables.keySet()).containsExactly("t2", "t3", "t4");
        Map<String, Object> t2 = map(tables.get("t2"));
        Map<String, Object> t3 = map(tables.get("t3"));
        Map<String, Object> t4 = map(tables.get("t4"));
        assertThat(t2.keySet())
                .containsExactly(
                        "t2.rules.issued",
                        "t2.rules.repealed",
                        "t2.rules.valid",
                        "t2.normative.issued",
                        "t2.normative.repealed",
                        "t2.normative.valid",
                        "t2.license.decisions",
                        "t2.penalty.decisions",
                        "t2.coercion.decisions",
                        "t2.fees.amount_wan");
        assertThat(t3.keySet())
                .hasSize(25)
                .startsWith("new", "carry_in", "r.open")
                .endsWith("r.total", "carry_out")
                .contains("r.deny.1", "r.deny.8", "r.unable.3", "r.noproc.5", "r.other.3");
        assertThat(t4.keySet()).hasSize(15).startsWith("t4.review.upheld").endsWith("t4.lit_after.total");

        List<String> ids = new ArrayList<>(t2.keySet());
        t3.forEach((row, columns) -> map(columns).keySet().forEach(column -> ids.add("t3." + row + "." + column)));
        ids.addAll(t4.keySet());
        assertThat(ids)
                .as("10 + 25 × 7 + 15 cells, in the order of the official tables")
                .containsExactlyElementsOf(Cells.all());

        assertThat(t2.get("t2.normative.valid")).isEqualTo(245L);
        assertThat(t2.get("t2.rules.issued")).as("a cell never filled").isEqualTo(0L);
        assertThat(map(t3.get("r.deny.3")).get("le.other")).isEqualTo(4L);
        assertThat(map(t3.get("r.deny.3")).get("np")).isEqualTo(0L);
        assertThat(t4.get("t4.lit_after.total")).isEqualTo(2L);
    }

    @Test
    void the_fee_is_a_plain_decimal_and_counts_are_whole_numbers() {
        assertThat(fee("12.345600"))
                .isEqualTo(new BigDecimal("12.3456"))
                .extracting(BigDecimal::toString)
                .isEqualTo("12.3456");
        assertThat(fee("1E+2").toString()).as("never in exponent notation").isEqualTo("100");
        assertThat(fee("96171.6").toString()).isEqualTo("96171.6");
        assertThat(fee("0.000001").toString()).isEqualTo("0.000001");
        assertThat(fee("0.00").toString()).isEqualTo("0");
        Map<String, Object> t2 = map(map(data("某局", Map.of("t2.license.decisions", new BigDecimal("3861.00")))
                        .json()
                        .get("tables"))
                .get("t2"));
        assertThat(t2.get("t2.license.decisions")).isEqualTo(3861L);
    }

    @Test
    void the_publication_time_is_iso_8601_in_china_standard_time() {
        assertThat(data("某局", Map.of()).json().get("publishedAt")).isEqualTo("2026-01-31T00:30:45+08:00");
    }

    @Test
    void the_csv_starts_with_a_bom_and_has_one_crlf_line_per_cell_after_the_header() {
        String csv = new String(
                data(
                                "某县教育局",
                                Map.of(
                                        "t2.fees.amount_wan",
                                        new BigDecimal("1.50"),
                                        Cells.t3(T3Row.OTHER_2, T3Column.LE_LEGAL_SERVICE),
                                        new BigDecimal("3")))
                        .csv(),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF机关,年度,表,行,列,单元格编号,数值\r\n").endsWith("\r\n");
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertThat(lines).hasSize(201);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(lines)
                .contains(
                        "某县教育局,2025,二、主动公开政府信息情况,行政事业性收费,本年收费金额（单位：万元）,t2.fees.amount_wan,1.5",
                        "某县教育局,2025,三、收到和处理政府信息公开申请情况,"
                                + "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,"
                                + "法人或其他组织 法律服务机构,t3.r.other.2.le.legal_service,3",
                        "某县教育局,2025,三、收到和处理政府信息公开申请情况,（七）总计,自然人,t3.r.total.np,0",
                        "某县教育局,2025,四、政府信息公开行政复议、行政诉讼情况,行政复议,结果维持,t4.review.upheld,0");
    }

    @Test
    void csv_fields_with_commas_or_quotes_are_quoted_and_formulas_are_defused() {
        String csv = new String(data("=HYPERLINK(\"http://x\"),某局", Map.of()).csv(), StandardCharsets.UTF_8);

        String firstCell = csv.substring(1).split("\r\n")[1];
        assertThat(firstCell).startsWith("\"'=HYPERLINK(\"\"http://x\"\"),某局\",2025,");
        assertThat(ExcelCsv.field("-3")).as("a negative number stays a number").isEqualTo("-3");
        assertThat(ExcelCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ExcelCsv.field("多行\n文本")).isEqualTo("\"多行\n文本\"");
        assertThat(ExcelCsv.field("3.危及“三安全一稳定”"))
                .as("curly quotes need no quoting")
                .isEqualTo("3.危及“三安全一稳定”");
    }

    @Test
    void the_download_name_is_the_title_in_chinese_with_an_ascii_fallback() {
        String header = Downloads.attachment(Downloads.fileName(entry("某县教育局"), ".pdf"), "nianbao-2025-42.pdf");

        assertThat(header).startsWith("attachment; filename=\"nianbao-2025-42.pdf\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("''") + 2);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+.^_`|~%-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("某县教育局2025年政府信息公开工作年度报告.pdf");
        assertThat(Downloads.encode("年 报(1).pdf")).isEqualTo("%E5%B9%B4%20%E6%8A%A5%281%29.pdf");
    }

    @Test
    void characters_no_file_system_accepts_are_replaced_in_the_name() {
        assertThat(Downloads.fileName(entry("某市/某区:办公室"), ".csv")).isEqualTo("某市_某区_办公室2025年政府信息公开工作年度报告.csv");
    }

    private static BigDecimal fee(String stored) {
        Map<String, Object> t2 = map(map(data("某局", Map.of("t2.fees.amount_wan", new BigDecimal(stored)))
                        .json()
                        .get("tables"))
                .get("t2"));
        return (BigDecimal) t2.get("t2.fees.amount_wan");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
