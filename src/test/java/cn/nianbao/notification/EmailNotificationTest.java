package cn.nianbao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications by email, against an in-process SMTP server that only this test context talks to. */
@NianbaoTest
class EmailNotificationTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    NotificationService notifications;

    @Autowired
    EmailSettings emailSettings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("nianbao.public-url", () -> "https://nianbao.example.gov.cn/");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void a_notification_reaches_the_inbox_with_the_kind_in_the_subject_and_an_absolute_link() throws Exception {
        TestAgency agency = testAgencies.create();
        String address = agency.handler() + "@example.gov.cn";
        logins.as(agency.handler(), () -> emailSettings.save(address, true));

        notifications.notify(agency.handler(), NotificationKind.RETURNED, "分管将「2025 年度报告」退回：请补充数据", "reports/42");

        MimeMessage mail = single(inboxOf(address));
        assertThat(mail.getSubject()).isEqualTo("年报：退回");
        assertThat(mail.getContent().toString())
                .contains("请补充数据")
                .contains("https://nianbao.example.gov.cn/reports/42");
    }

    @Test
    void a_person_who_switched_email_off_gets_the_message_in_app_but_no_mail() throws Exception {
        TestAgency agency = testAgencies.create();
        String address = agency.supervisor() + "@example.gov.cn";
        logins.as(agency.supervisor(), () -> emailSettings.save(address, false));

        notifications.notify(agency.supervisor(), NotificationKind.URGED, "请尽快办理", "tasks");
        // a later mail to someone else shows the first one would have arrived by now
        TestAgency other = testAgencies.create();
        String witness = other.handler() + "@example.gov.cn";
        logins.as(other.handler(), () -> emailSettings.save(witness, true));
        notifications.notify(other.handler(), NotificationKind.URGED, "请尽快办理", "tasks");
        single(inboxOf(witness));

        assertThat(inboxOf(address)).isEmpty();
        assertThat(logins.as(agency.supervisor(), notifications::mine))
                .extracting(NotificationItem::text)
                .containsExactly("请尽快办理");
    }

    @Test
    void an_action_that_rolls_back_sends_no_mail() throws Exception {
        TestAgency agency = testAgencies.create();
        String address = agency.lead() + "@example.gov.cn";
        logins.as(agency.lead(), () -> emailSettings.save(address, true));

        transactions.executeWithoutResult(status -> {
            notifications.notify(agency.lead(), NotificationKind.NEW_TASK, "回滚的待办", "tasks");
            status.setRollbackOnly();
        });
        notifications.notify(agency.lead(), NotificationKind.NEW_TASK, "提交的待办", "tasks");

        MimeMessage mail = single(inboxOf(address));
        assertThat(mail.getContent().toString()).contains("提交的待办").doesNotContain("回滚的待办");
    }

    @Test
    void an_invalid_address_is_refused_in_chinese_and_the_saved_one_stays() {
        TestAgency agency = testAgencies.create();
        logins.as(agency.handler(), () -> emailSettings.save("jing@example.gov.cn", true));

        assertThatThrownBy(() -> logins.as(agency.handler(), () -> emailSettings.save("不是邮箱", false)))
                .isInstanceOf(InvalidEmailException.class)
                .hasMessageContaining("邮箱地址格式不正确");

        assertThat(logins.as(agency.handler(), emailSettings::mine))
                .isEqualTo(new EmailPreference("jing@example.gov.cn", true));
    }

    private static List<MimeMessage> inboxOf(String address) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessagesForDomain(address)).toList();
    }

    private static MimeMessage single(List<MimeMessage> inbox) {
        assertThat(inbox).hasSize(1);
        return inbox.getFirst();
    }
}
