package cn.nianbao.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The State Council's notice read into the calendar: the real 2025 and 2026 notices give the seeded schedule. */
class HolidayNoticeTest {

    @Test
    void the_2025_notice_gives_exactly_the_seeded_2025_schedule() throws IOException {
        HolidayNotice.Reading reading = HolidayNotice.read(2025, Notices.NOTICE_2025);

        assertThat(reading.notUnderstood()).isEmpty();
        assertThat(dayAndKind(reading.days())).containsExactlyElementsOf(dayAndKind(seeded(2025)));
        assertThat(reading.days()).contains(new CalendarEntry(LocalDate.of(2025, 1, 1), false, "元旦"));
        assertThat(reading.days()).contains(new CalendarEntry(LocalDate.of(2025, 10, 8), false, "国庆节、中秋节"));
    }

    @Test
    void the_2026_notice_gives_exactly_the_seeded_2026_schedule_with_its_notes() throws IOException {
        HolidayNotice.Reading reading = HolidayNotice.read(2026, Notices.NOTICE_2026);

        assertThat(reading.notUnderstood()).isEmpty();
        assertThat(reading.complete()).isTrue();
        assertThat(reading.days()).containsExactlyElementsOf(seeded(2026));
    }

    @Test
    void the_two_kinds_of_line_the_brief_names_are_read() {
        HolidayNotice.Reading reading = HolidayNotice.read(2027, """
                一、元旦：1月1日（周五）放假1天，不调休。
                二、春节：2月6日（农历腊月三十、周六）至14日（农历正月初八、周日）放假调休，共9天。2月20日（周六）上班。
                """);

        assertThat(reading.notUnderstood()).isEmpty();
        assertThat(reading.days()).hasSize(11);
        assertThat(reading.days().getFirst()).isEqualTo(new CalendarEntry(LocalDate.of(2027, 1, 1), false, "元旦"));
        assertThat(reading.days().getLast()).isEqualTo(new CalendarEntry(LocalDate.of(2027, 2, 20), true, "春节调休上班"));
    }

    @Test
    void a_wrong_weekday_a_wrong_count_a_line_without_item_and_a_notice_of_another_year_are_named() {
        HolidayNotice.Reading reading = HolidayNotice.read(2027, """
                国务院办公厅关于2026年部分节假日安排的通知
                一、元旦：1月1日（周四）放假1天，不调休。
                三、清明节：4月3日（周六）至5日（周一）放假，共4天。
                5月1日（周六）至5日（周三）放假调休，共5天。
                四、端午节：6月放假。
                经国务院批准，现将有关安排通知如下。
                """);

        assertThat(reading.days()).isEmpty();
        assertThat(reading.complete()).isFalse();
        assertThat(reading.notUnderstood())
                .containsExactly(
                        "「国务院办公厅关于2026年部分节假日安排的通知」：这是2026年的通知，所选年度是2027年。",
                        "「一、元旦：1月1日（周四）放假1天，不调休。」：1月1日不是周四，请核对年份和日期。",
                        "「三、清明节：4月3日（周六）至5日（周一）放假，共4天。」：通知写共4天，但日期范围是3天。",
                        "「5月1日（周六）至5日（周三）放假调休，共5天。」：没有序号和节日名称（如「一、元旦：」）。",
                        "「四、端午节：6月放假。」：放假日期应写作「1月1日放假」或「2月15日至23日放假」。");
    }

    @Test
    void a_notice_pasted_twice_names_the_repeated_days_and_keeps_each_day_once() {
        HolidayNotice.Reading reading = HolidayNotice.read(2026, Notices.NOTICE_2026 + Notices.NOTICE_2026);

        assertThat(reading.days()).hasSize(seededCount(2026));
        assertThat(reading.notUnderstood()).hasSize(7).first().asString().contains("已在前面出现过");
        assertThat(reading.complete()).isFalse();
    }

    private static List<String> dayAndKind(List<CalendarEntry> days) {
        return days.stream().map(d -> d.date() + " " + d.kind()).toList();
    }

    private static int seededCount(int year) {
        try {
            return seeded(year).size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the V22 migration for the year, by date. */
    private static List<CalendarEntry> seeded(int year) throws IOException {
        String sql;
        try (InputStream in =
                HolidayNoticeTest.class.getResourceAsStream("/db/migration/V22__calendar_2025_2026.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher row = Pattern.compile("date '(\\d{4}-\\d{2}-\\d{2})', (true|false), '([^']+)'")
                .matcher(sql);
        List<CalendarEntry> days = new ArrayList<>();
        while (row.find()) {
            LocalDate date = LocalDate.parse(row.group(1));
            if (date.getYear() == year) {
                days.add(new CalendarEntry(date, Boolean.parseBoolean(row.group(2)), row.group(3)));
            }
        }
        assertThat(days).isNotEmpty();
        return days;
    }
}
