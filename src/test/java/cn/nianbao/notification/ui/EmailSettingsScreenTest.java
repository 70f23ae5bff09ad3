package cn.nianbao.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.support.Deliveries;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/** The email setting on 我的消息, in the ordinary test context where no mail server is configured. */
class EmailSettingsScreenTest extends UiTest {

    @Autowired
    Deliveries deliveries;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    NotificationService notifications;

    @Test
    void a_person_saves_an_address_and_switches_email_on_and_finds_both_when_coming_back() {
        TestAgency agency = testAgencies.create();
        openMessagesAs(agency.handler());

        save("jing@example.gov.cn", true);
        assertThat(notifications()).contains("邮件设置已保存。");

        openMessagesAs(agency.handler());
        assertThat(emailField().getValue()).isEqualTo("jing@example.gov.cn");
        assertThat(enabledBox().getValue()).isTrue();
    }

    @Test
    void an_invalid_address_is_refused_and_stays_in_the_field_while_nothing_is_saved() {
        TestAgency agency = testAgencies.create();
        openMessagesAs(agency.handler());

        save("jing.example.gov.cn", true);

        assertThat(notifications()).anyMatch(text -> text.contains("邮箱地址格式不正确"));
        assertThat(emailField().getValue()).isEqualTo("jing.example.gov.cn");
        openMessagesAs(agency.handler());
        assertThat(emailField().getValue()).isEmpty();
        assertThat(enabledBox().getValue()).isFalse();
    }

    @Test
    void without_a_mail_server_a_person_who_wants_email_still_gets_the_message_in_app() {
        TestAgency agency = testAgencies.create();
        openMessagesAs(agency.handler());
        save("jing@example.gov.cn", true);

        notifications.notify(agency.handler(), NotificationKind.NEW_TASK, "新的待办：2025 年度报告", "tasks");

        deliveries.awaitAll();

        assertThat(notifications.mine()).extracting(NotificationItem::text).containsExactly("新的待办：2025 年度报告");
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("nothing to send mail with")
                .isNull();
    }

    @Test
    void without_a_mail_server_the_email_setting_says_that_email_reminders_are_unavailable() {
        TestAgency agency = testAgencies.create();
        openMessagesAs(agency.handler());

        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-server-missing"))
                        .getText())
                .isEqualTo("未配置邮件服务器，邮件提醒暂不可用。");
    }

    private void openMessagesAs(String username) {
        switchUser(username);
        UI.getCurrent().navigate(NotificationsView.class);
    }

    private void save(String address, boolean enabled) {
        type(emailField(), address);
        type(enabledBox(), enabled);
        _click(_get(Button.class, spec -> spec.withId("save-email-settings")));
    }

    private static EmailField emailField() {
        return _get(EmailField.class, spec -> spec.withId("notification-email"));
    }

    private static Checkbox enabledBox() {
        return _get(Checkbox.class, spec -> spec.withId("notification-email-enabled"));
    }
}
