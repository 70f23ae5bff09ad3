package cn.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.DatabaseFailures;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Logins;
import cn.nianbao.support.CuttableProxy;
import cn.nianbao.support.MariaDbForTests;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkflowActionException;
import java.time.Duration;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database unreachable for a moment, through a proxy the test cuts: a save is refused with a "try again",
 * nothing half-written remains, and the application works again by itself once the database is back.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
class DatabaseOutageTest {

    private static final String MARIADB_DATABASE =
            "nianbao_test_outage_" + ProcessHandle.current().pid();
    private static CuttableProxy proxy;
    private static Server h2Server;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        if ("mariadb".equals(System.getProperty(TestProfiles.DATABASE_PROPERTY))) {
            proxy = new CuttableProxy(MariaDbForTests.port());
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:mysql://127.0.0.1:" + proxy.port()
                            + "/" + MARIADB_DATABASE
                            + "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
                            + "&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&connectTimeout=3000");
        } else {
            h2Server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            proxy = new CuttableProxy(h2Server.getPort());
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:outage;DB_CLOSE_DELAY=-1");
        }
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("flowable.async-executor-activate", () -> "false");
        registry.add("nianbao.test.drop-database", () -> "false");
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.close();
        if (h2Server != null) {
            h2Server.stop();
        } else {
            // past the proxy, which is closed by now
            try (var connection = java.sql.DriverManager.getConnection(
                            "jdbc:mysql://127.0.0.1:" + MariaDbForTests.port() + "/", "root", "");
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists `" + MARIADB_DATABASE + "`");
            }
        }
    }

    @Test
    void a_save_while_the_database_is_away_says_try_again_and_the_next_one_works() throws Exception {
        TestAgency agency = testAgencies.create();
        logins.login(agency.handler());
        try {
            long reportId = workflow.startReport(2025);
            long version = reports.saveDraft(reportId, reports.view(reportId).version(), text("第一稿"))
                    .version();

            proxy.cut();
            RuntimeException failure = org.junit.jupiter.api.Assertions.assertThrows(
                    RuntimeException.class, () -> reports.saveDraft(reportId, version, text("断线时输入的第二稿")));
            assertThat(DatabaseFailures.isUnavailable(failure))
                    .as(failure.toString())
                    .isTrue();
            assertThat(Feedback.messageFor(failure)).isEqualTo(DatabaseFailures.UNAVAILABLE);
            assertThatThrownBy(() -> workflow.inbox())
                    .satisfies(
                            e -> assertThat(DatabaseFailures.isUnavailable(e) || e instanceof WorkflowActionException)
                                    .isTrue());

            proxy.restore();
            ReportView stored = recovered(() -> reports.view(reportId));
            assertThat(stored.content().text(Section.S1)).isEqualTo("第一稿");
            assertThat(stored.version()).isEqualTo(version);
            assertThat(reports.saveDraft(reportId, version, text("恢复后的第二稿"))
                            .content()
                            .text(Section.S1))
                    .isEqualTo("恢复后的第二稿");
        } finally {
            logins.logout();
        }
    }

    /** Retries until the database answers again (the pool replaces its broken connections by itself). */
    private static <T> T recovered(java.util.function.Supplier<T> action) throws InterruptedException {
        RuntimeException last = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(1000); // beyond the pool's 500 ms window, so it checks a connection before lending it
            }
        }
        throw new AssertionError("the application did not recover", last);
    }

    private static ReportContent text(String s1) {
        return new ReportContent(Map.of(Section.S1, s1), cn.nianbao.report.format.ReportTables.empty());
    }
}
