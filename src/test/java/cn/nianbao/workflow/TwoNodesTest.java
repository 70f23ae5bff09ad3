package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublicationService;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application nodes on one database, as a county runs them behind one address: the asynchronous publication
 * of each signed-off report runs exactly once, on either node.
 */
@NianbaoTest
class TwoNodesTest {

    private static final int REPORTS = 6;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    PublicationService publications;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Test
    void every_signed_off_report_is_published_exactly_once_with_two_nodes_on_one_database() {
        try (ConfigurableApplicationContext secondNode = OtherNode.start(dataSource, environment)) {
            List<Long> signedOff = new ArrayList<>();
            for (int i = 0; i < REPORTS; i++) {
                signedOff.add(signOff(testAgencies.create()));
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> publishedIds().containsAll(signedOff));

            for (long reportId : signedOff) {
                assertThat(publishedIds()).filteredOn(id -> id == reportId).hasSize(1);
                assertThat(logins.as(handlerOf(reportId), () -> reports.history(reportId)))
                        .filteredOn(h -> h.action() == HistoryAction.PUBLISHED)
                        .hasSize(1);
            }
            assertThat(secondNode.getBean(PublicationService.class).list())
                    .extracting(PublishedReport::reportId)
                    .containsAll(signedOff);
        }
    }

    private final Map<Long, String> handlers = new HashMap<>();

    private long signOff(TestAgency agency) {
        long reportId = journey.drafted(
                agency,
                2025,
                Map.of(),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.NP),
                        BigDecimal.ONE,
                        Cells.t3(T3Row.OPEN, T3Column.NP),
                        BigDecimal.ONE));
        journey.approveAll(agency, reportId);
        handlers.put(reportId, agency.handler());
        return reportId;
    }

    private String handlerOf(long reportId) {
        return handlers.get(reportId);
    }

    private List<Long> publishedIds() {
        return publications.list().stream().map(PublishedReport::reportId).toList();
    }
}
