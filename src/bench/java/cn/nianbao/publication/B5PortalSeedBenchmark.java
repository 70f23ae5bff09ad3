package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.bench.BenchSettings;
import cn.nianbao.workflow.ReportJourney;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * B5's first half: publishes {@code reports} full reports into a database that outlives the run (an H2 file under
 * target/bench/b5, or the MariaDB database named by {@code nianbao.bench.b5.url}), and writes the publication ids for
 * src/bench/scripts/b5-portal.sh, which then serves that database from the production jar and loads it with wrk.
 */
@NianbaoTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=${nianbao.bench.b5.url:jdbc:h2:file:./target/bench/b5/nianbao}",
            "nianbao.test.drop-database=false"
        })
class B5PortalSeedBenchmark {

    static final Path IDS = Path.of("target/bench/b5/publications.txt");

    @Autowired
    BenchSettings settings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    PublicationService publications;

    @Test
    void the_portal_database_holds_the_published_reports() throws IOException {
        int wanted = settings.b5().reports();
        for (int i = publications.list().size(); i < wanted; i++) {
            journey.published(testAgencies.create(), 2025, B4PdfBenchmark.text(2), ReportDownloadsTest.figures());
        }
        List<PublishedReport> published = publications.list();
        assertThat(published).hasSizeGreaterThanOrEqualTo(wanted);
        Files.createDirectories(IDS.getParent());
        Files.write(
                IDS,
                published.stream().map(p -> String.valueOf(p.publicationId())).toList());
    }
}
