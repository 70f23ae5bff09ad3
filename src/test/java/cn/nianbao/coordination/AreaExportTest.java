package cn.nianbao.coordination;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@NianbaoTest
class AreaExportTest {

    @Autowired
    AreaExport export;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    Logins logins;

    @Autowired
    MutableClock clock;

    @Autowired
    TrailReader trail;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_workbook_holds_the_list_with_numbers_and_the_area_tables_in_the_official_layout() throws IOException {
        TestCounty county = testAgencies.createCounty();
        TestAgency first = testAgencies.createBelow(county.id());
        TestAgency second = testAgencies.createBelow(county.id());
        TestAgency idle = testAgencies.createBelow(county.id());
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 20, 10, 0));
        journey.published(first, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.published(
                second,
                2025,
                texts("总体情况。"),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS), BigDecimal.valueOf(3),
                        Cells.t3(T3Row.OPEN, T3Column.LE_BUSINESS), BigDecimal.valueOf(3),
                        T2Cell.FEES_AMOUNT.id(), new BigDecimal("0.25")));
        ClockAt.set(clock, LocalDateTime.of(2026, 2, 5, 10, 0));

        byte[] file = logins.as(county.coordinator(), () -> export.xlsx(2025));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
                    .containsExactly("辖区进度", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼");
            Sheet list = book.getSheet("辖区进度");
            assertThat(cellTexts(list.getRow(0)))
                    .containsExactly("机关", "类型", "当前环节", "办理人（自）", "截止日期", "剩余工作日", "逾期工作日", "逾期天数", "发布情况", "更正发布日期");
            Row late = rowStartingWith(list, idle.name());
            assertThat(late.getCell(2).getStringCellValue()).isEqualTo("未开始");
            assertThat(late.getCell(6).getCellType())
                    .as("a number Excel can sum and sort")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(late.getCell(6).getNumericCellValue())
                    .as("due Saturday 31 January: Monday 2 to Thursday 5 February")
                    .isEqualTo(4);
            assertThat(late.getCell(7).getNumericCellValue()).isEqualTo(5);
            assertThat(rowStartingWith(list, first.name()).getCell(8).getStringCellValue())
                    .isEqualTo("按时发布");

            Sheet table3 = book.getSheet("表三 依申请公开");
            assertThat(table3.getMergedRegions())
                    .as("as the template: the note over three rows, 「申请人情况」 over the seven columns, "
                            + "「三、本年度办理结果」 down 22 rows")
                    .contains(
                            new CellRangeAddress(2, 4, 0, 2),
                            new CellRangeAddress(2, 2, 3, 3 + T3Column.values().length - 1),
                            new CellRangeAddress(7, 28, 0, 0));
            assertThat(table3.getRow(0).getCell(0).getStringCellValue())
                    .as("what the sums take in, as the government's draft says it")
                    .startsWith("2025年度辖区汇总。汇总范围：已纳入 2 个机关（")
                    .contains(first.name(), second.name())
                    .endsWith("）；未发布 1 个：" + idle.name());
            Row received = rowStartingWith(table3, T3Row.NEW.label());
            assertThat(received.getCell(3 + T3Column.NP.ordinal()).getNumericCellValue())
                    .isEqualTo(5);
            assertThat(received.getCell(3 + T3Column.LE_BUSINESS.ordinal()).getNumericCellValue())
                    .isEqualTo(3);
            assertThat(received.getCell(3 + T3Column.TOTAL.ordinal()).getNumericCellValue())
                    .as("the totals summed for the area")
                    .isEqualTo(8);

            Cell fee = StreamSupport.stream(book.getSheet("表二 主动公开").spliterator(), false)
                    .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                    .filter(cell -> cell.getCellType() == CellType.NUMERIC
                            && cell.getCellStyle().getDataFormatString().equals("0.000000"))
                    .findFirst()
                    .orElseThrow();
            assertThat(fee.getNumericCellValue()).as("1.5 + 0.25 万元").isEqualTo(1.75);
        }
        AuditEntry recorded = trail.byActor(county.coordinator()).getLast();
        assertThat(recorded.actionCode()).isEqualTo("AREA_PROGRESS_EXPORTED");
        assertThat(recorded.detail())
                .as("the government and its three departments")
                .contains("Excel", "4 个机关");
    }

    @Test
    void an_area_without_a_published_report_gets_the_list_and_says_there_is_nothing_summed() throws IOException {
        TestCounty county = testAgencies.createCounty();
        testAgencies.createBelow(county.id());

        byte[] file = logins.as(county.coordinator(), () -> export.xlsx(2025));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheet("表二 主动公开").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("辖区内尚无已发布的报告，暂无汇总表。");
            assertThat(book.getSheet("辖区进度").getLastRowNum())
                    .as("header and two agencies")
                    .isEqualTo(2);
        }
    }

    @Test
    void the_csv_has_the_same_columns_and_only_a_coordinator_exports_either() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());

        String csv = new String(logins.as(county.coordinator(), () -> export.csv(2025)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF机关,类型,当前环节,办理人（自）,截止日期,剩余工作日,逾期工作日,逾期天数,发布情况,更正发布日期\r\n");
        assertThatThrownBy(() -> logins.as(department.lead(), () -> export.xlsx(2025)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logins.as(department.handler(), () -> export.csv(2025)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<String> cellTexts(Row row) {
        return StreamSupport.stream(row.spliterator(), false)
                .map(Cell::getStringCellValue)
                .toList();
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(0) != null
                        && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row starting with " + text));
    }
}
