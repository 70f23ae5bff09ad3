package cn.nianbao.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Messages and other reactions to an action reach people after it commits, on another thread, from the event
 * publication registry. A test that looks at what a person was told waits here until every delivery in flight has
 * been made (or has failed, which the registry keeps for a later attempt), so that "nothing was sent" is a finding,
 * not a race.
 */
@Component
public class Deliveries {

    private final EventPublicationRegistry registry;

    Deliveries(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    public void awaitAll() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .alias("deliveries in flight")
                .until(this::inFlight, List::isEmpty);
    }

    private List<String> inFlight() {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getStatus() != EventPublication.Status.FAILED)
                .map(publication -> publication.getStatus() + " " + publication.getEvent())
                .toList();
    }
}
