package cn.nianbao.notification.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.notification.EmailPreference;
import cn.nianbao.notification.EmailSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;

/** 邮件提醒: one's address and whether messages also arrive by email. A refused address stays in the field. */
class EmailSettingsForm extends VerticalLayout {

    EmailSettingsForm(EmailSettings settings) {
        setPadding(false);
        EmailPreference mine = settings.mine();
        EmailField email = new EmailField("邮箱地址");
        email.setId("notification-email");
        email.setValue(mine.email());
        email.setWidth("20em");
        Checkbox enabled = new Checkbox("同时通过邮件接收消息", mine.enabled());
        enabled.setId("notification-email-enabled");
        Button save = new Button("保存邮件设置", e -> {
            if (Feedback.run(() -> settings.save(email.getValue(), enabled.getValue()))) {
                Feedback.success("邮件设置已保存。");
            }
        });
        save.setId("save-email-settings");
        add(new H3("邮件提醒"), new HorizontalLayout(email, enabled, save));
    }
}
