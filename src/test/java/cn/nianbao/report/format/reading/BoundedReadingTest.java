package cn.nianbao.report.format.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.nianbao.report.format.Section;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a stranger sends, the reader answers in bounded time and memory: a file no report is like is refused with
 * a message saying why, an empty one is refused as empty, and a text in UTF-16 or with a byte order mark is read.
 */
class BoundedReadingTest {

    private static final long MB = 1024 * 1024;

    private final ReportReader reader = new ReportReader();

    @Test
    void the_table_bomb_is_refused_by_the_grid_limit_in_bounded_time_and_memory() {
        byte[] bomb = Samples.tableBomb().getBytes(StandardCharsets.UTF_8);

        // before the limits it took 76 s of CPU and several GB of heap; generous bounds, the point of the test
        long allocated = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long before = allocatedByThisThread();
            assertThatThrownBy(() -> reader.read("bomb.html", bomb))
                    .isInstanceOf(UnreadableReportException.class)
                    .hasMessage("文件过于复杂：一个表格超过 10000 个单元格（合并单元格按所占的格数计）。");
            return allocatedByThisThread() - before;
        });
        assertThat(allocated).isLessThan(200 * MB);
    }

    @Test
    void a_merged_cell_spans_at_most_what_an_official_table_can_have() throws UnreadableReportException {
        String table = "<table><tr><td colspan=1000 rowspan=1000>标题</td><td>1</td></tr>"
                + "<tr><td>2</td></tr>".repeat(40) + "</table>";

        List<List<String>> lines = HtmlLines.of(Jsoup.parse(table), new ReadingBudget(Duration.ofSeconds(5)));

        assertThat(lines.getFirst())
                .hasSize(ReadingBudget.MAX_COLSPAN + 1)
                .startsWith("标题")
                .endsWith("1");
        // rows under the merged cell start right of it; below its last row they start at the left again
        assertThat(lines.get(ReadingBudget.MAX_ROWSPAN - 1))
                .hasSize(ReadingBudget.MAX_COLSPAN + 1)
                .endsWith("2");
        assertThat(lines.get(ReadingBudget.MAX_ROWSPAN)).containsExactly("2");
    }

    @Test
    void five_megabytes_of_tiny_table_cells_are_refused_before_the_page_is_parsed() {
        StringBuilder page = new StringBuilder("<html><body>");
        while (page.length() < ReportReader.MAX_BYTES - 100) {
            page.append("<table><tr>").append("<td>1".repeat(50)).append("</table>");
        }
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("cells.html", bytes)).hasMessage("文件过于复杂：网页的标签超过 100000 个。");
    }

    @Test
    void five_megabytes_of_tab_separated_cells_are_refused_before_they_are_split() {
        StringBuilder text = new StringBuilder();
        while (text.length() < ReportReader.MAX_BYTES - 2100) {
            text.append("1\t".repeat(1000)).append('\n');
        }

        assertThatThrownBy(() -> reader.read("cells.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .hasMessage("文件过于复杂：表格单元格共超过 200000 个。");
        assertThatThrownBy(() -> reader.readText("一行\n".repeat(ReadingBudget.MAX_LINES + 1)))
                .hasMessage("文件过于复杂：超过 20000 行。");
    }

    @Test
    void a_file_not_read_within_the_time_limit_is_refused_with_a_message() {
        ReportReader impatient = new ReportReader(Duration.ZERO);

        assertThatThrownBy(() -> impatient.read(Samples.path(Samples.HUAIAN_2024)))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage("文件过于复杂，无法在限定时间内读取。");
    }

    @Test
    void a_file_larger_than_5_mb_is_refused_unread(@TempDir Path folder) throws IOException {
        Path large = Files.write(folder.resolve("large.txt"), new byte[ReportReader.MAX_BYTES + 1]);

        assertThatThrownBy(() -> reader.read(large)).hasMessage("文件过大（最大 5 MB）。");
        assertThatThrownBy(() -> reader.read("large.txt", new byte[ReportReader.MAX_BYTES + 1]))
                .hasMessage("文件过大（最大 5 MB）。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\n\u3000 ", "<html><body><p> </p><script>x()</script></body></html>"})
    void an_empty_file_is_refused_as_empty(String content) {
        assertThatThrownBy(() -> reader.read("empty.txt", content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessage("文件是空的，没有可以校验的文字。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-8"})
    void a_text_with_a_byte_order_mark_is_read_like_its_utf8_original(String charset) throws IOException {
        String text = Files.readString(Samples.path(Samples.HUAIAN_2024));
        byte[] marked = ("\uFEFF" + text).getBytes(charset);
        byte[] markedPage =
                ("\uFEFF<html><body><p>" + text.replace("\n", "</p><p>") + "</p></body></html>").getBytes(charset);

        ReadReport read = reader.read("huaian.txt", marked);
        ReadReport page = reader.read("huaian", markedPage);

        ReadReport original = reader.read(Samples.path(Samples.HUAIAN_2024));
        assertThat(read.agency()).contains("淮安市人民政府");
        assertThat(read.content().sections()).isEqualTo(original.content().sections());
        assertThat(read.content().tables().values())
                .isEqualTo(original.content().tables().values());
        assertThat(page.agency()).contains("淮安市人民政府");
        assertThat(page.year()).isEqualTo(original.year());
        assertThat(page.content().text(Section.S1)).isEqualTo(original.content().text(Section.S1));
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
