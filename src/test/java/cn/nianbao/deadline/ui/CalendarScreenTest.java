package cn.nianbao.deadline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.coordination.ui.AreaView;
import cn.nianbao.deadline.CalendarEntry;
import cn.nianbao.deadline.Notices;
import cn.nianbao.deadline.WorkingCalendar;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 工作日历 as the 系统管理员 sees it: paste the notice, read what it says, confirm, and the year is saved. */
class CalendarScreenTest extends UiTest {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TrailReader trail;

    @Autowired
    TestAgencies testAgencies;

    /** Set only by the warning's test, which puts it back itself. */
    @Autowired
    MutableClock clock;

    @Test
    void the_pasted_notice_is_shown_with_its_unreadable_line_then_read_again_confirmed_and_saved() {
        login("sysadmin");
        UI.getCurrent().navigate(CalendarView.class);
        type(_get(IntegerField.class, spec -> spec.withId("calendar-year")), 2026);
        TextArea notice = _get(TextArea.class, spec -> spec.withId("notice-text"));
        Button save = _get(Button.class, spec -> spec.withId("save-notice"));

        type(notice, Notices.NOTICE_2026 + "八、重阳节：10月19日（周二）放假1天。\n");
        _click(_get(Button.class, spec -> spec.withId("read-notice")));

        assertThat(text("notice-summary")).contains("识别出放假 33 天、调休上班 6 天", "以下 1 行未能识别");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("「八、重阳节：10月19日（周二）放假1天。」：10月19日不是周二，请核对年份和日期。");
        assertThat(save.isEnabled())
                .as("nothing is saved while a line is not understood")
                .isFalse();

        type(notice, Notices.NOTICE_2026);
        _click(_get(Button.class, spec -> spec.withId("read-notice")));
        assertThat(text("notice-summary")).isEqualTo("2026年：识别出放假 33 天、调休上班 6 天。请核对后确认保存，保存后替换该年已有的安排。");
        assertThat(rows("notice-days")).hasSize(39).first().isEqualTo("2026年1月1日（星期四） 放假 元旦");
        assertThat(rows("notice-days")).contains("2026年2月14日（星期六） 上班 春节调休上班");
        assertThat(save.isEnabled()).isTrue();

        _click(save);

        assertThat(notifications()).contains("已保存2026年节假日安排，共 39 天。");
        assertThat(rows("calendar-days")).hasSize(39).contains("2026年10月10日（星期六） 上班 国庆节调休上班");
        assertThat(_find(Grid.class, spec -> spec.withId("notice-days"))).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        AuditEntry entry = trail.forTarget("工作日历 2026年").getLast();
        assertThat(entry.actorUsername()).isEqualTo("sysadmin");
        assertThat(entry.actionCode()).isEqualTo("CALENDAR_CHANGED");
        assertThat(entry.detail()).contains("39 天 → 39 天");
    }

    @Test
    void a_day_is_added_by_hand_shown_in_the_year_and_removed_again() {
        LocalDate day = LocalDate.of(2041, 1, 1);
        login("sysadmin");
        UI.getCurrent().navigate(CalendarView.class);
        type(_get(IntegerField.class, spec -> spec.withId("calendar-year")), 2041);
        assertThat(text("calendar-empty")).isEqualTo("尚未录入2041年节假日安排，工作日按周一至周五计算。");

        type(_get(DatePicker.class, spec -> spec.withId("day-date")), day);
        _click(_get(Button.class, spec -> spec.withId("add-day")));
        assertThat(notifications()).contains("请填写说明（节假日名称或调休上班），不超过 100 字。");
        assertThat(rows("calendar-days")).isEmpty();

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, spec -> spec.withId("day-kind"));
        type(kind, CalendarEntry.DAY_OFF);
        type(_get(TextField.class, spec -> spec.withId("day-note")), "元旦");
        _click(_get(Button.class, spec -> spec.withId("add-day")));

        assertThat(rows("calendar-days")).containsExactly("2041年1月1日（星期二） 放假 元旦");
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withId("calendar-empty")))
                .isEmpty();

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("calendar-days"));
        Button remove = (Button) GridKt._getCellComponent(grid, 0, "remove");
        assertThat(remove.getId()).contains("remove-2041-01-01");
        _click(remove);

        assertThat(rows("calendar-days")).isEmpty();
        assertThat(calendar.isWorkingDay(day)).isTrue();
        assertThat(trail.forTarget("工作日历 2041-01-01"))
                .extracting(AuditEntry::before, AuditEntry::after)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(null, "2041-01-01 放假 元旦"),
                        org.assertj.core.groups.Tuple.tuple("2041-01-01 放假 元旦", null));
    }

    @Test
    void from_1_november_the_administrator_and_the_coordinator_are_warned_that_next_year_is_missing() {
        try {
            ClockAt.set(clock, LocalDateTime.of(2044, 10, 31, 9, 0));
            login("sysadmin");
            UI.getCurrent().navigate(CalendarView.class);
            assertThat(_find(Paragraph.class, spec -> spec.withId("calendar-warning")))
                    .isEmpty();
            assertThat(_get(IntegerField.class, spec -> spec.withId("calendar-year"))
                            .getValue())
                    .isEqualTo(2044);

            ClockAt.set(clock, LocalDateTime.of(2044, 11, 1, 9, 0));
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(CalendarView.class);

            assertThat(text("calendar-warning")).isEqualTo("尚未录入2045年节假日安排，工作日按周一至周五计算。");

            switchUser(testAgencies.createCounty().coordinator());
            UI.getCurrent().navigate(AreaView.class);
            assertThat(text("area-calendar-warning")).isEqualTo("尚未录入2045年节假日安排，工作日按周一至周五计算。");
        } finally {
            clock.reset();
        }
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> rows(String id) {
        @SuppressWarnings("unchecked")
        Grid<CalendarEntry> grid = _get(Grid.class, spec -> spec.withId(id));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .map(e -> e.dateLabel() + " " + e.kind() + " " + e.note())
                .toList();
    }
}
