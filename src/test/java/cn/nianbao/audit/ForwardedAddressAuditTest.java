package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.security.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind the production proxy (server.forward-headers-strategy=native, as application-mysql.properties sets it) the
 * recorded address is the one the proxy saw: the nearest untrusted address of X-Forwarded-For. Whatever a client
 * writes in front of it itself is ignored.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
class ForwardedAddressAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    TrailReader trail;

    @Test
    void the_address_is_the_one_the_proxy_saw_not_one_the_client_forged() throws Exception {
        String typed = "forwarded-" + System.nanoTime();

        new HttpBrowser(port).login(typed, "guess", "X-Forwarded-For", "203.0.113.9, 198.51.100.7");

        AuditEntry entry = trail.byActor(typed).getLast();
        assertThat(entry.actionCode()).isEqualTo("LOGIN_FAILED");
        assertThat(entry.clientIp()).isEqualTo("198.51.100.7");
    }
}
