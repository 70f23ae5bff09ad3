package cn.nianbao.notification.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.notification.EmailPreference;
import cn.nianbao.notification.EmailSettings;
import cn.nianbao.notification.MailServer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.VaadinService;

/**
 * 邮件提醒: one's address and whether messages also arrive by email. A refused address stays in the field. Without a
 * mail server nothing would be sent, and the form says so rather than let the person wait for mail.
 */
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
        add(new H3("邮件提醒"));
        if (!VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(MailServer.class)
                .isConfigured()) {
            Paragraph unavailable = new Paragraph("未配置邮件服务器，邮件提醒暂不可用。");
            unavailable.setId("mail-server-missing");
            unavailable.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(unavailable);
        }
        add(new HorizontalLayout(email, enabled, save));
    }
}
