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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The email setting on 我的消息, in the ordinary test context where no mail server is configured. */
class EmailSettingsScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;
    @Autowired
    NotificationService notifications;

    @Test
    void a_person_saves_an_address_and_switches_email_on_and_finds_both_when_coming_back() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(NotificationsView.class);

        type(_get(EmailField.class, spec -> spec.withId("notification-email")), "jing@example.gov.cn");
        type(_get(Checkbox.class, spec -> spec.withId("notification-email-enabled")), true);
        _click(_get(Button.class, spec -> spec.withId("save-email-settings")));
        assertThat(notifications()).contains("邮件设置已保存。");

        switchUser(agency.handler());
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(EmailField.class, spec -> spec.withId("notification-email")).getValue())
                .isEqualTo("jing@example.gov.cn");
        assertThat(_get(Checkbox.class, spec -> spec.withId("notification-email-enabled")).getValue()).isTrue();
    }

    @Test
    void an_invalid_address_is_refused_and_stays_in_the_field_while_nothing_is_saved() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(NotificationsView.class);

        type(_get(EmailField.class, spec -> spec.withId("notification-email")), "jing.example.gov.cn");
        type(_get(Checkbox.class, spec -> spec.withId("notification-email-enabled")), true);
        _click(_get(Button.class, spec -> spec.withId("save-email-settings")));

        assertThat(notifications()).anyMatch(text -> text.contains("邮箱地址格式不正确"));
        assertThat(_get(EmailField.class, spec -> spec.withId("notification-email")).getValue())
                .isEqualTo("jing.example.gov.cn");
        switchUser(agency.handler());
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(EmailField.class, spec -> spec.withId("notification-email")).getValue()).isEmpty();
        assertThat(_get(Checkbox.class, spec -> spec.withId("notification-email-enabled")).getValue()).isFalse();
    }

    @Test
    void without_a_mail_server_a_person_who_wants_email_still_gets_the_message_in_app() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(NotificationsView.class);
        type(_get(EmailField.class, spec -> spec.withId("notification-email")), "jing@example.gov.cn");
        type(_get(Checkbox.class, spec -> spec.withId("notification-email-enabled")), true);
        _click(_get(Button.class, spec -> spec.withId("save-email-settings")));

        notifications.notify(agency.handler(), NotificationKind.NEW_TASK, "新的待办：2025 年度报告", "tasks");

        assertThat(notifications.mine()).extracting(NotificationItem::text).containsExactly("新的待办：2025 年度报告");
    }
}
