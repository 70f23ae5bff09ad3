package cn.nianbao.deadline.ui;

import cn.nianbao.agency.Role;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.deadline.AgencyDueDate;
import cn.nianbao.deadline.InternalDueDates;
import cn.nianbao.deadline.ReminderDays;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.MonthDay;

/**
 * 期限设置: a coordinator sets internal due dates for the agencies below theirs (earlier than the legal date); the
 * 系统管理员 sets how many working days before the due date the holder is reminded. The services check both.
 */
@Route("deadline-settings")
@PageTitle("期限设置 · 年报")
@Menu(order = 15, title = "期限设置")
@RolesAllowed({RoleNames.COORDINATOR, RoleNames.SYSTEM_ADMIN})
public class DeadlineSettingsView extends VerticalLayout {

    private final InternalDueDates dueDates;
    private final Grid<AgencyDueDate> agencies = new Grid<>();
    private final IntegerField month = new IntegerField("月");
    private final IntegerField day = new IntegerField("日");

    DeadlineSettingsView(InternalDueDates dueDates, ReminderDays reminderDays, CurrentActor currentActor) {
        this.dueDates = dueDates;
        Actor actor = currentActor.require();
        add(new H2("期限设置"));
        if (actor.has(Role.COORDINATOR)) {
            add(dueDateSection());
            load();
        }
        if (actor.has(Role.SYSTEM_ADMIN)) {
            add(reminderSection(reminderDays));
        }
    }

    private VerticalLayout dueDateSection() {
        agencies.setId("due-date-agencies");
        agencies.addColumn(AgencyDueDate::agencyName)
                .setHeader("机关")
                .setKey("agency")
                .setFlexGrow(2);
        agencies.addColumn(AgencyDueDate::kind).setHeader("类型").setKey("kind");
        agencies.addColumn(AgencyDueDate::legalLabel).setHeader("法定截止日期").setKey("legal");
        agencies.addColumn(AgencyDueDate::internalLabel).setHeader("内部截止日期").setKey("internal");
        agencies.setAllRowsVisible(true);
        month.setId("due-month");
        month.setMin(1);
        month.setMax(12);
        day.setId("due-day");
        day.setMin(1);
        day.setMax(31);
        Button save = new Button("保存内部截止日期", e -> save());
        save.setId("save-due-date");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button clear = new Button("恢复法定截止日期", e -> clear());
        clear.setId("clear-due-date");
        HorizontalLayout form = new HorizontalLayout(month, day, save, clear);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(
                new H3("下级机关的内部截止日期"), new Paragraph("选择机关，填写次年的月和日（须早于法定截止日期），每年的报告都按此日期提醒和督办。"), agencies, form);
        section.setPadding(false);
        return section;
    }

    private void save() {
        AgencyDueDate selected = selected();
        if (selected == null) {
            return;
        }
        MonthDay date;
        try {
            date = MonthDay.of(require(month), require(day));
        } catch (DateTimeException e) {
            Feedback.error("请填写有效的月和日，例如 1 月 15 日。");
            return;
        }
        if (Feedback.run(() -> dueDates.set(selected.agencyId(), date))) {
            Feedback.success("已将" + selected.agencyName() + "的内部截止日期设为" + AgencyDueDate.label(date) + "。");
            load();
        }
    }

    private void clear() {
        AgencyDueDate selected = selected();
        if (selected != null && Feedback.run(() -> dueDates.clear(selected.agencyId()))) {
            Feedback.success(selected.agencyName() + "恢复法定截止日期（" + selected.legalLabel() + "）。");
            load();
        }
    }

    private static int require(IntegerField field) {
        if (field.getValue() == null) {
            throw new DateTimeException(field.getLabel() + " 未填写");
        }
        return field.getValue();
    }

    private AgencyDueDate selected() {
        AgencyDueDate selected = agencies.asSingleSelect().getValue();
        if (selected == null) {
            Feedback.error("请先在列表中选择机关。");
        }
        return selected;
    }

    private void load() {
        agencies.setItems(dueDates.belowMine());
    }

    private static VerticalLayout reminderSection(ReminderDays reminderDays) {
        IntegerField days = new IntegerField("提前提醒的工作日数（0–" + ReminderDays.MAX + "）");
        days.setId("remind-days");
        days.setValue(reminderDays.current());
        days.setWidth("24em");
        Button save = new Button("保存提醒天数", e -> {
            Integer value = days.getValue();
            if (Feedback.run(() -> reminderDays.set(value))) {
                Feedback.success("已保存：截止日期前 " + value + " 个工作日提醒办理人。");
            }
        });
        save.setId("save-remind-days");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout section = new VerticalLayout(
                new H3("提醒天数"),
                new Paragraph("截止日期前多少个工作日提醒办理人，待办中同时标为即将到期。未设置时按配置（" + reminderDays.configured() + " 个工作日）。"),
                days,
                save);
        section.setPadding(false);
        return section;
    }
}
