package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A draft left open ends its session after the idle timeout although the page keeps sending heartbeats, and
 * nothing typed is lost: the page says 「登录已超时」, a reload leads to the login page saying so, and logging in
 * leads back to the draft with the text saved. In a real browser, with a timeout of {@value #IDLE_SECONDS} seconds
 * instead of 30 minutes (server.servlet.session.timeout counts in minutes, so this test sets each session's own
 * timeout) and a heartbeat every second instead of every minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.heartbeatInterval=1")
@ActiveProfiles(resolver = TestProfiles.class)
@Import(IdleTimeoutBrowserTest.ShortSessions.class)
class IdleTimeoutBrowserTest {

    static final int IDLE_SECONDS = 8;

    @TestConfiguration
    static class ShortSessions {

        @Bean
        HttpSessionListener shortSessions() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent created) {
                    created.getSession().setMaxInactiveInterval(IDLE_SECONDS);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Test
    void an_idle_draft_is_signed_out_and_after_logging_in_again_its_typed_text_is_there() throws Exception {
        String handler = testAgencies.create().handler();
        String text = "2025年，本机关主动公开政府信息120条。";

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login(handler, TestAgencies.PASSWORD);
                browser.open("/reports");
                browser.fill("new-report-year", "2025");
                browser.click(By.id("create-report"));
                browser.until(d -> d.getCurrentUrl().contains("/tasks/"));
                String draft = URI.create(browser.url()).getPath();

                browser.fill("section-S1", text);
                browser.untilTextStarts(By.id("autosave-status"), "已保存");
                // from here on the page sends nothing but heartbeats
                browser.until(d -> browser.pageText().contains("登录已超时"));
                browser.screenshot("idle-1-timed-out");

                browser.open(draft);
                browser.until(d -> d.getCurrentUrl().contains("/login?timeout"));
                browser.until(d -> browser.pageText().contains("登录已超时，请重新登录"));
                browser.submitLogin(handler, TestAgencies.PASSWORD);

                assertThat(URI.create(browser.url()).getPath()).isEqualTo(draft);
                browser.until(d -> text.equals(browser.valueOf("section-S1")));
                assertThat(browser.cspViolations()).as("the console").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("idle-timeout");
                throw e;
            }
        }
    }

    @Test
    void logging_out_leads_to_the_login_page_without_saying_the_login_timed_out() throws Exception {
        String handler = testAgencies.create().handler();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.login(handler, TestAgencies.PASSWORD);
                browser.logout();
                browser.until(By.cssSelector("#vaadinLoginUsername input"));
                assertThat(browser.url()).doesNotContain("timeout");
                assertThat(browser.pageText()).doesNotContain("登录已超时");
                // and the login page logs in again at once
                browser.submitLogin(handler, TestAgencies.PASSWORD);
                assertThat(browser.all(By.id("logout"))).isNotEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("logout");
                throw e;
            }
        }
    }
}
