package cn.nianbao.base;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code nianbao.events.retry-every}: how often a reaction to an event that failed (a message not sent) is tried
 * again, and how old it must be by then; a minute unless configured.
 */
@Validated
@ConfigurationProperties("nianbao.events")
public record EventSettings(@NotNull Duration retryEvery) {

    public EventSettings {
        if (retryEvery == null) {
            retryEvery = Duration.ofMinutes(1);
        }
        if (retryEvery.isNegative() || retryEvery.isZero()) {
            throw new IllegalArgumentException("nianbao.events.retry-every 须为正的时长，例如 1m。");
        }
    }
}
