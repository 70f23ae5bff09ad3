package cn.nianbao.base;

import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A module's reaction to another's event (a message, above all) that failed is kept in the event publication registry
 * and tried again here, every {@code nianbao.events.retry-every} (a minute by default), once it is at least that old.
 * Nodes share the registry: a resubmission is claimed by one of them.
 */
@Component
@EnableConfigurationProperties(EventSettings.class)
class FailedDeliveries {

    private final FailedEventPublications failed;
    private final Duration minAge;

    FailedDeliveries(FailedEventPublications failed, EventSettings settings) {
        this.failed = failed;
        this.minAge = settings.retryEvery();
    }

    @Scheduled(
            fixedDelayString = "${nianbao.events.retry-every:1m}",
            initialDelayString = "${nianbao.events.retry-every:1m}")
    void retry() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
    }
}
