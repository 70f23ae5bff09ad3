package cn.nianbao.deadline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.deadline.AgencyDueDate;
import cn.nianbao.deadline.AgencyYear;
import cn.nianbao.deadline.Deadlines;
import cn.nianbao.deadline.ReminderDays;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 期限设置: the coordinator's internal due dates and the 系统管理员's reminder days, bad input refused. */
class DeadlineSettingsScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Deadlines deadlines;

    @Autowired
    ReminderDays reminderDays;

    @Autowired
    TrailReader trail;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_coordinator_sets_an_internal_due_date_below_theirs_after_a_late_and_an_impossible_one_are_refused() {
        ClockAt.set(clock, LocalDateTime.of(2026, 12, 1, 9, 0));
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        login(county.coordinator());
        UI.getCurrent().navigate(DeadlineSettingsView.class);
        assertThat(_find(IntegerField.class, spec -> spec.withId("remind-days")))
                .isEmpty();
        assertThat(year().getValue()).as("the county's reporting cycle").isEqualTo(2026);
        assertThat(rows()).containsExactly(department.name() + " 次年1月31日 按法定日期");
        grid().select(GridKt._get(grid(), 0));

        enter(2, 5);
        assertThat(notifications()).anyMatch(text -> text.contains("内部截止日期须早于法定截止日期"));
        enter(2, 30);
        assertThat(notifications()).contains("请填写有效的月和日，例如 1 月 15 日。");
        assertThat(rows()).containsExactly(department.name() + " 次年1月31日 按法定日期");

        enter(1, 15);

        assertThat(notifications()).contains("已将" + department.name() + " 2026 年度的内部截止日期设为次年1月15日。");
        assertThat(rows()).containsExactly(department.name() + " 次年1月31日 次年1月15日");
        assertThat(deadlines.of(new AgencyYear(department.id(), 2026)).dueDate())
                .isEqualTo(LocalDate.of(2027, 1, 15));
        AuditEntry entry =
                trail.forTarget("内部截止日期 " + department.name() + " 2026年度").getLast();
        assertThat(entry.actorUsername()).isEqualTo(county.coordinator());
        assertThat(entry.after()).isEqualTo("次年1月15日");

        type(year(), 2025);
        assertThat(rows()).as("2025 keeps its own date").containsExactly(department.name() + " 次年1月31日 按法定日期");
        grid().select(GridKt._get(grid(), 0));
        enter(1, 15);
        assertThat(notifications()).anyMatch(text -> text.contains("内部截止日期 2026年1月15日 已过"));
        assertThat(rows()).containsExactly(department.name() + " 次年1月31日 按法定日期");
    }

    @Test
    void the_coordinator_sets_all_departments_at_once_then_carries_the_dates_to_next_year_confirming_a_replacement() {
        ClockAt.set(clock, LocalDateTime.of(2026, 12, 1, 9, 0));
        TestCounty county = testAgencies.createCounty();
        TestAgency first = testAgencies.createBelow(county.id());
        TestAgency second = testAgencies.createBelow(county.id());
        login(county.coordinator());
        UI.getCurrent().navigate(DeadlineSettingsView.class);

        type(_get(IntegerField.class, spec -> spec.withId("due-month")), 1);
        type(_get(IntegerField.class, spec -> spec.withId("due-day")), 10);
        _click(_get(Button.class, spec -> spec.withId("set-due-date-for-kind")));
        assertThat(notifications()).contains("请选择要统一设置的机关类型。");
        type(kind(), AgencyKind.DEPARTMENT);
        _click(_get(Button.class, spec -> spec.withId("set-due-date-for-kind")));

        assertThat(notifications()).contains("已将 2 个下级政府部门 2026 年度的内部截止日期设为次年1月10日。");
        assertThat(rows())
                .containsExactlyInAnyOrder(first.name() + " 次年1月31日 次年1月10日", second.name() + " 次年1月31日 次年1月10日");

        type(year(), 2027);
        assertThat(rows()).allMatch(row -> row.endsWith("按法定日期"));
        _click(_get(Button.class, spec -> spec.withId("copy-previous-year")));
        assertThat(notifications()).contains("已沿用 2026 年度的 2 个内部截止日期到 2027 年度。");
        assertThat(rows()).allMatch(row -> row.endsWith("次年1月10日"));
        assertThat(deadlines.of(new AgencyYear(first.id(), 2027)).dueDate()).isEqualTo(LocalDate.of(2028, 1, 10));

        grid().select(GridKt._get(grid(), 0));
        enter(1, 5);
        _click(_get(Button.class, spec -> spec.withId("copy-previous-year")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-copy-previous-year"));
        assertThat(confirm.isOpened()).isTrue();
        assertThat(rows()).as("nothing replaced before confirming").anyMatch(row -> row.endsWith("次年1月5日"));
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notifications()).contains("已沿用 2026 年度的 2 个内部截止日期到 2027 年度。");
        assertThat(rows()).allMatch(row -> row.endsWith("次年1月10日"));
        assertThat(trail.forTarget("内部截止日期 " + county.name() + "下级机关 2027年度")
                        .getLast()
                        .detail())
                .isEqualTo("沿用 2026 年度的内部截止日期，共 2 个机关（替换本年度已设的 2 个）");
    }

    @Test
    void the_system_administrator_sets_the_reminder_days_and_a_value_outside_0_to_60_changes_nothing() {
        int before = reminderDays.current();
        login("sysadmin");
        UI.getCurrent().navigate(DeadlineSettingsView.class);
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("remind-days"));
        assertThat(days.getValue()).isEqualTo(before);
        assertThat(_find(Grid.class, spec -> spec.withId("due-date-agencies"))).isEmpty();
        try {
            type(days, 61);
            _click(_get(Button.class, spec -> spec.withId("save-remind-days")));
            assertThat(notifications()).contains("提醒天数须为 0 到 60 之间的整数（工作日）。");
            assertThat(reminderDays.current()).isEqualTo(before);

            type(days, 5);
            _click(_get(Button.class, spec -> spec.withId("save-remind-days")));

            assertThat(notifications()).contains("已保存：截止日期前 5 个工作日提醒办理人。");
            assertThat(reminderDays.current()).isEqualTo(5);
            AuditEntry entry = trail.forTarget("提醒天数").getLast();
            assertThat(entry.actionCode()).isEqualTo("REMINDER_DAYS_CHANGED");
            assertThat(entry.after()).isEqualTo("5 个工作日");
        } finally {
            logins.as("sysadmin", () -> reminderDays.set(before));
        }
    }

    private void enter(int month, int day) {
        type(_get(IntegerField.class, spec -> spec.withId("due-month")), month);
        type(_get(IntegerField.class, spec -> spec.withId("due-day")), day);
        _click(_get(Button.class, spec -> spec.withId("save-due-date")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Integer> year() {
        return _get(ComboBox.class, spec -> spec.withId("due-year"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AgencyKind> kind() {
        return _get(ComboBox.class, spec -> spec.withId("due-kind"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgencyDueDate> grid() {
        return _get(Grid.class, spec -> spec.withId("due-date-agencies"));
    }

    private static List<String> rows() {
        Grid<AgencyDueDate> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .map(r -> r.agencyName() + " " + r.legalLabel() + " " + r.internalLabel())
                .toList();
    }
}
