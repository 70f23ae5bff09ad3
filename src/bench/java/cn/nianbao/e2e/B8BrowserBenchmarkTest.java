package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.bench.ResultTable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * B8 at its smallest, in every build ({@code ./mvnw verify}): two rounds against this test's own server (the
 * second a correction), so a change that breaks the journey B8 times breaks the build. Asserts the journey, never a
 * time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class B8BrowserBenchmarkTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    DataSource dataSource;

    @Test
    void the_journey_b8_times_runs_from_login_to_the_pdf_twice() throws Exception {
        TestAgency agency = testAgencies.create();
        B8People people = new B8People(
                agency.name(),
                agency.handler(),
                agency.secrecy(),
                agency.supervisor(),
                agency.lead(),
                TestAgencies.PASSWORD);

        ResultTable table = B8BrowserBenchmark.run(
                "http://localhost:" + port, people, ProcessHandle.current().pid(), 2025, 1, 1);

        assertThat(table.rowCount())
                .as("every step was timed in the kept round, the floor too")
                .isEqualTo(B8Step.values().length);
        table.write("target/bench/tiny", dataSource);
    }
}
