package cn.nianbao.deadline.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.deadline.ReminderDays;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** 期限设置's part for the 系统管理员: how many working days before the due date the holder is reminded. */
final class ReminderSection extends VerticalLayout {

    ReminderSection(ReminderDays reminderDays) {
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
        add(
                new H3("提醒天数"),
                new Paragraph("截止日期前多少个工作日提醒办理人，待办中同时标为即将到期。未设置时按配置（" + reminderDays.configured() + " 个工作日）。"),
                days,
                save);
        setPadding(false);
    }
}
