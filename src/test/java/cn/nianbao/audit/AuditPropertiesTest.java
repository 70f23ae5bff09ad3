package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Entries are kept at least 180 days: a shorter retention stops the application at start. */
class AuditPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(AuditConfig.class);

    @Test
    void the_retention_is_180_days_unless_configured_longer() {
        context.run(started -> assertThat(started.getBean(AuditProperties.class).retentionDays())
                .isEqualTo(180));
        context.withPropertyValues("nianbao.audit.retention-days=365")
                .run(started -> assertThat(
                                started.getBean(AuditProperties.class).retentionDays())
                        .isEqualTo(365));
    }

    @Test
    void a_retention_under_180_days_is_refused_at_start() {
        context.withPropertyValues("nianbao.audit.retention-days=90").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .hasRootCauseMessage("nianbao.audit.retention-days 为 90：审计日志至少保存 180 天（等保 2.0），请设为 180 或更大的值。");
        });
        assertThatThrownBy(() -> new AuditProperties(179)).isInstanceOf(IllegalArgumentException.class);
    }
}
