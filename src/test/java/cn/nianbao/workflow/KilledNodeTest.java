package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node that took the publication job and died before finishing it (its lock left behind, nothing committed):
 * the node that starts next takes the job over once the lock has expired, and the report is published once.
 */
@SpringBootTest(properties = "flowable.async-executor-activate=false")
@ActiveProfiles(resolver = TestProfiles.class)
class KilledNodeTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Test
    void a_publication_left_locked_by_a_dead_node_is_done_once_by_the_next_node() {
        TestAgency agency = testAgencies.create();
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
        // this node runs no jobs: the publication job waits, and we mark it as taken by a node that then died
        int locked = new JdbcTemplate(dataSource)
                .update(
                        "update ACT_RU_JOB set LOCK_OWNER_ = 'node-that-died', "
                                + "LOCK_EXP_TIME_ = ? where LOCK_OWNER_ is null",
                        Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        assertThat(locked).isEqualTo(1);
        assertThat(journey.publicationOf(reportId)).isNull();

        try (ConfigurableApplicationContext nextNode = OtherNode.start(
                dataSource,
                environment,
                "--flowable.async-executor-activate=true",
                "--flowable.process.async.executor.reset-expired-jobs-interval=PT1S")) {
            journey.awaitPublished(reportId);
        }

        assertThat(logins.as(agency.handler(), () -> reports.view(reportId).stage()))
                .isEqualTo(ReportStage.PUBLISHED);
        assertThat(logins.as(agency.handler(), () -> reports.history(reportId)))
                .filteredOn(h -> h.action() == HistoryAction.PUBLISHED)
                .hasSize(1);
    }
}
