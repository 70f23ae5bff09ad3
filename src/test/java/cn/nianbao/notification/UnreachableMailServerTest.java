package cn.nianbao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A configured mail server that does not answer costs the mail, never the action that sent the message. */
@NianbaoTest
class UnreachableMailServerTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    EmailSettings emailSettings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @DynamicPropertySource
    static void closedMailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", UnreachableMailServerTest::freePort);
    }

    @Test
    void the_message_is_kept_in_app_when_its_mail_cannot_be_sent() {
        TestAgency agency = testAgencies.create();
        logins.as(agency.handler(), () -> emailSettings.save(agency.handler() + "@example.gov.cn", true));

        notifications.notify(agency.handler(), NotificationKind.URGED, "请尽快办理", "tasks");

        assertThat(logins.as(agency.handler(), notifications::mine))
                .extracting(NotificationItem::text)
                .containsExactly("请尽快办理");
    }

    /** A port nobody listens on once the socket is closed again. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
