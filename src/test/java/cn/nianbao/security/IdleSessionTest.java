package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A session left alone ends after 30 minutes (等保 2.0). The servlet container ends it; Vaadin's heartbeats (every
 * few minutes while a tab is open) would keep it alive unless closeIdleSessions tells Vaadin not to count them as
 * activity. The editor's autosave polling stops by itself after 10 idle minutes (TaskScreensTest).
 */
class IdleSessionTest extends UiTest {

    @Autowired
    Environment environment;

    @Test
    void a_session_ends_after_thirty_idle_minutes_and_heartbeats_do_not_count_as_activity() {
        DeploymentConfiguration vaadin = VaadinService.getCurrent().getDeploymentConfiguration();

        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(vaadin.isCloseIdleSessions()).isTrue();
        assertThat(Duration.ofSeconds(vaadin.getHeartbeatInterval())).isLessThan(Duration.ofMinutes(30));
    }
}
