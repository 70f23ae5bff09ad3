package cn.nianbao.deadline.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.deadline.CalendarEntry;
import cn.nianbao.deadline.WorkingCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * 工作日历 (系统管理员): a year's holidays and 调休 working weekends, a day added or removed by hand, or the whole
 * year from the State Council's pasted notice. Warns from 1 November while next year is missing.
 */
@Route("admin/calendar")
@PageTitle("工作日历 · 年报")
@Menu(order = 14, title = "工作日历")
@RolesAllowed(RoleNames.SYSTEM_ADMIN)
public class CalendarView extends VerticalLayout {

    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = 2100;

    private final WorkingCalendar calendar;
    private final IntegerField year = new IntegerField("年度");
    private final Paragraph warning = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final CalendarGrid days = new CalendarGrid("calendar-days");
    private final DatePicker date = new DatePicker("日期");
    private final Select<String> kind = new Select<>();
    private final TextField note = new TextField("说明");

    CalendarView(WorkingCalendar calendar) {
        this.calendar = calendar;
        int thisYear = calendar.currentYear();
        year.setId("calendar-year");
        year.setStepButtonsVisible(true);
        year.setMin(FIRST_YEAR);
        year.setMax(LAST_YEAR);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> load());
        warning.setId("calendar-warning");
        warning.addClassName("warning");
        empty.setId("calendar-empty");
        days.addComponentColumn(this::removeButton).setHeader("操作").setKey("remove");
        add(
                new H2("工作日历"),
                warning,
                year,
                empty,
                days,
                addForm(),
                new NoticePastePanel(calendar, this::year, this::load));
        load();
    }

    private HorizontalLayout addForm() {
        date.setId("day-date");
        kind.setId("day-kind");
        kind.setLabel("放假 / 上班");
        kind.setItems(CalendarEntry.DAY_OFF, CalendarEntry.WORKING);
        kind.setValue(CalendarEntry.DAY_OFF);
        note.setId("day-note");
        note.setPlaceholder("如：元旦、春节调休上班");
        note.setMaxLength(100);
        Button add = new Button("添加或修改该日", e -> addDay());
        add.setId("add-day");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(date, kind, note, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new HorizontalLayout(new H3("单日调整"), form);
    }

    private void addDay() {
        LocalDate day = date.getValue();
        if (day != null && day.getYear() != year()) {
            Feedback.error("所选日期不在" + year() + "年内，请先切换年度。");
            return;
        }
        boolean working = CalendarEntry.WORKING.equals(kind.getValue());
        if (Feedback.run(() -> calendar.set(day, working, note.getValue()))) {
            Feedback.success("已保存" + ChinaTime.DATE.format(day) + "：" + kind.getValue() + "。");
            date.clear();
            note.clear();
            load();
        }
    }

    private Button removeButton(CalendarEntry entry) {
        Button remove = new Button("删除", e -> {
            if (Feedback.run(() -> calendar.remove(entry.date()))) {
                Feedback.success("已删除" + ChinaTime.DATE.format(entry.date()) + "，该日按星期计算。");
                load();
            }
        });
        remove.setId("remove-" + entry.date());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return remove;
    }

    private int year() {
        Integer value = year.getValue();
        return value == null || value < FIRST_YEAR || value > LAST_YEAR ? calendar.currentYear() : value;
    }

    private void load() {
        warning.setText(calendar.missingYearWarning().orElse(""));
        warning.setVisible(!warning.getText().isEmpty());
        var entries = calendar.year(year());
        days.setItems(entries);
        empty.setText(entries.isEmpty() ? WorkingCalendar.missingYear(year()) : "");
        empty.setVisible(entries.isEmpty());
    }
}
