package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.deadline.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 工作日历 in a real browser over HTTP, as the 系统管理员 does it each November: the State Council's notice pasted
 * (Ctrl+V) twice by mistake, the repeated lines named and nothing saved; pasted once, read, confirmed and saved, and
 * the working-day count follows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class CalendarPasteBrowserTest {

    private static final String DEMO_PASSWORD = "Nianbao@2025";

    /** A year no other test writes a calendar for. */
    private static final int YEAR = 2043;

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void a_notice_pasted_twice_is_refused_line_by_line_then_pasted_once_it_is_saved() throws Exception {
        LocalDate newYear = LocalDate.of(YEAR, 1, 1);
        LocalDate mayDay = LocalDate.of(YEAR, 5, 1);
        LocalDate makeUp = mayDay.plusDays(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        String notice = "国务院办公厅关于" + YEAR + "年部分节假日安排的通知\n"
                + "一、元旦：1月1日（" + weekday(newYear) + "）放假1天，不调休。\n"
                + "二、劳动节：5月1日（" + weekday(mayDay) + "）至5日（" + weekday(mayDay.plusDays(4))
                + "）放假调休，共5天。" + makeUp.getMonthValue() + "月" + makeUp.getDayOfMonth() + "日（" + weekday(makeUp)
                + "）上班。\n";

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login("sysadmin", DEMO_PASSWORD);
                browser.open("/admin/calendar");
                browser.fill("calendar-year", String.valueOf(YEAR));
                browser.untilTextStarts(By.id("calendar-empty"), "尚未录入" + YEAR + "年节假日安排");

                browser.paste("notice-text", notice + notice);
                browser.click(By.id("read-notice"));
                browser.until(d -> browser.pageText().contains("已在前面出现过"));
                assertThat(browser.until(By.id("notice-problems")).getText())
                        .contains("「一、元旦：1月1日（" + weekday(newYear) + "）放假1天，不调休。」：" + YEAR + "年1月1日")
                        .contains("已在前面出现过（是否粘贴了两次？）");
                assertThat(browser.all(By.id("save-notice")))
                        .as("nothing is saved while a line is not understood")
                        .allSatisfy(save ->
                                assertThat(save.getDomAttribute("disabled")).isNotNull());
                assertThat(calendar.isWorkingDay(newYear)).isTrue();

                browser.paste("notice-text", notice);
                browser.click(By.id("read-notice"));
                browser.untilTextStarts(By.id("notice-summary"), YEAR + "年：识别出放假 6 天、调休上班 1 天");
                browser.click(By.id("save-notice"));
                browser.until(d -> browser.pageText().contains("已保存" + YEAR + "年节假日安排，共 7 天。"));
                assertThat(browser.until(By.id("calendar-days")).getText()).contains("劳动节调休上班");
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("calendar-paste");
                throw failure;
            }
        }

        assertThat(calendar.isWorkingDay(newYear)).isFalse();
        assertThat(calendar.isWorkingDay(mayDay.plusDays(4))).isFalse();
        assertThat(calendar.isWorkingDay(makeUp))
                .as("the 调休 Saturday is a working day")
                .isTrue();
    }

    private static String weekday(LocalDate day) {
        return "周" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
    }
}
