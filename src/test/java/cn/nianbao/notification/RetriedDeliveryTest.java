package cn.nianbao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

/**
 * A message that could not be stored when its step committed (the database refused, a bug in a listener) is not
 * lost: the event publication registry keeps the delivery as failed, and the retry job sends it on its next run.
 */
@NianbaoTest
@TestPropertySource(properties = "nianbao.events.retry-every=2s")
class RetriedDeliveryTest {

    @MockitoSpyBean
    NotificationService notifications;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Deliveries deliveries;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void a_return_message_whose_delivery_failed_is_delivered_on_the_next_attempt() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.submittedWith(agency, 2025, "总体情况。", 3);
        deliveries.awaitAll(); // the submission's messages first: stubbing while another thread calls would fail
        // the first attempt to store the message fails, as when the database refuses it for a moment
        doThrow(new IllegalStateException("message store unavailable"))
                .doCallRealMethod()
                .when(AopTestUtils.<NotificationService>getUltimateTargetObject(notifications))
                .notify(eq(agency.handler()), eq(NotificationKind.RETURNED), anyString(), any());

        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), "第三部分数字有误。"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(returns(agency.handler()))
                        .singleElement()
                        .satisfies(text -> assertThat(text).contains("退回").contains("第三部分数字有误。")));
        verify(AopTestUtils.<NotificationService>getUltimateTargetObject(notifications), times(2))
                .notify(eq(agency.handler()), eq(NotificationKind.RETURNED), anyString(), any());
        await().atMost(Duration.ofSeconds(10)).until(() -> failed().isEmpty());
    }

    private List<EventPublication> failed() {
        return registry.findIncompletePublications().stream()
                .filter(p -> p.getStatus() == EventPublication.Status.FAILED)
                .map(EventPublication.class::cast)
                .toList();
    }

    private List<String> returns(String username) {
        return logins.as(username, () -> notifications.mine()).stream()
                .filter(n -> n.kind() == NotificationKind.RETURNED)
                .map(NotificationItem::text)
                .toList();
    }
}
