package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.nianbao.bench.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * B8, what a person waits for in a real browser: the production launch ({@code target/app/nianbao.sh}, started by
 * {@code src/bench/scripts/b8-browser.sh} on H2 or MariaDB) driven by Debian's headless Chromium through
 * {@link B8Journey}'s rounds, each step timed from the click until the page shows what it leads to with no request in
 * flight, with the server's CPU per step. Targets: p95 ≤ 1 s per step on a quiet machine, and ≤ 3× the floor (a
 * trivial route of the same application). Settings are system properties {@code nianbao.bench.b8.*}: {@code url},
 * {@code pid} (the server's, for its CPU), {@code database} (the label), {@code rounds} (30), {@code warmup} (5),
 * {@code year} (2025), {@code users} (handler, secrecy, supervisor, lead), {@code agency}, {@code password}.
 */
class B8BrowserBenchmark {

    @Test
    void every_step_of_a_report_in_a_real_browser() throws Exception {
        String url = System.getProperty("nianbao.bench.b8.url");
        assumeTrue(url != null, "B8 drives the production launch: run src/bench/scripts/b8-browser.sh [h2|mariadb]");
        String[] users = System.getProperty("nianbao.bench.b8.users", "jingban,baomi,fenguan,zhuyao")
                .split(",");
        B8People people = new B8People(
                System.getProperty("nianbao.bench.b8.agency", "温县科学技术局"),
                users[0],
                users[1],
                users[2],
                users[3],
                System.getProperty("nianbao.bench.b8.password", "Nianbao@2025"));
        ResultTable table = run(
                url,
                people,
                Long.getLong("nianbao.bench.b8.pid", ProcessHandle.current().pid()),
                Integer.getInteger("nianbao.bench.b8.year", 2025),
                Integer.getInteger("nianbao.bench.b8.warmup", 5),
                Integer.getInteger("nianbao.bench.b8.rounds", 30));
        table.write("target/bench", System.getProperty("nianbao.bench.b8.database", "h2"));
    }

    /** {@code warmup} rounds not kept, then {@code rounds} kept; every PDF read back must be a PDF. */
    static ResultTable run(String url, B8People people, long serverPid, int year, int warmup, int rounds)
            throws Exception {
        StepTimes times = new StepTimes(new ServerCpu(serverPid));
        try (Browser browser = new Browser(url)) {
            B8Journey journey = new B8Journey(browser, url, people, year, times);
            for (int round = 0; round < warmup + rounds; round++) {
                if (round == warmup) {
                    times.keep();
                }
                byte[] pdf = journey.round();
                assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                        .as("round %d's download is a PDF", round + 1)
                        .isEqualTo("%PDF-");
            }
        }
        ResultTable table = new ResultTable("B8", "every main screen in a real browser (headless Chromium, real HTTP)");
        times.report(table);
        return table.note("%d rounds after %d warm-up rounds; round 1 creates the %d report of %s, each later round "
                                .formatted(rounds, warmup, year, people.agencyName())
                        + "corrects it (更正) and takes the new edition through the whole chain to the portal")
                .note("each step from the click (or the address asked for) until its page shows what it leads to and "
                        + "Vaadin has no request in flight, polled every 10 ms; the PDF is one HTTP GET of a "
                        + "visitor, the first of each new edition; server CPU: user + system of the server's "
                        + "process over the step (/proc), divided by the steps");
    }
}
