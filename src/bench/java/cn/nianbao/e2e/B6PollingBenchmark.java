package cn.nianbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.TestProfiles;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.bench.BenchSettings;
import cn.nianbao.bench.ResultTable;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * B6, the editors' polling: the 起草 screen and a part editor open in two headless Chromiums over real HTTP, left alone
 * for {@code pollSeconds} (nothing new), then as long again while the two handlers' colleagues save every few seconds
 * (every poll brings news). Counted in the browsers: the UIDL requests (a wrapper around XMLHttpRequest) and their
 * bytes (request bodies; responses as the Resource Timing API reports them, headers included); on the server, the CPU
 * time of Tomcat's request threads over the same time, divided by the polls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class B6PollingBenchmark {

    /** Counts the UIDL requests from now on and their bodies' bytes; clears the resource timings. */
    private static final String COUNT = """
            window.__uidl = {requests: 0, bytes: 0};
            const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.open = function (method, url) {
              this.__uidl = String(url).includes('v-r=uidl');
              return open.apply(this, arguments);
            };
            XMLHttpRequest.prototype.send = function (body) {
              if (this.__uidl) { window.__uidl.requests++; window.__uidl.bytes += new Blob([body || '']).size; }
              return send.apply(this, arguments);
            };
            performance.setResourceTimingBufferSize(100000);
            performance.clearResourceTimings();
            """;

    /** Requests, request bytes, responses, response bytes on the wire, response bodies' bytes. */
    private static final String READ = """
            const done = performance.getEntriesByType('resource').filter(r => r.name.includes('v-r=uidl'));
            return [window.__uidl.requests, window.__uidl.bytes, done.length,
              done.reduce((s, r) => s + r.transferSize, 0), done.reduce((s, r) => s + r.decodedBodySize, 0)].join(',');
            """;

    @LocalServerPort
    int port;

    @Autowired
    BenchSettings settings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Autowired
    DataSource dataSource;

    @Test
    void two_open_editors_poll_at_their_interval_at_a_small_cost() throws Exception {
        int seconds = settings.b6().pollSeconds();
        TestAgency agency = testAgencies.create();
        String liu = testAgencies.addPerson(agency, "liu", "刘芳", Role.HANDLER);
        long reportId = journey.start(agency, 2025);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.T3, liu));
        String partTask = journey.taskOf(liu, reportId).taskId();
        ResultTable table = new ResultTable("B6", "the editors' polling (起草 screen and part editor, real HTTP)");

        try (Browser drafter = new Browser("http://localhost:" + port);
                Browser colleague = new Browser("http://localhost:" + port)) {
            drafter.login(agency.handler(), TestAgencies.PASSWORD);
            colleague.login(liu, TestAgencies.PASSWORD);
            drafter.open("/tasks/" + draftTask);
            colleague.open("/parts/" + partTask);
            drafter.until(By.id("section-S1"));
            colleague.until(By.id("section-S1"));

            Phase idle = watch(List.of(drafter, colleague), seconds, () -> {});
            int[] round = {0};
            Phase news = watch(List.of(drafter, colleague), seconds, () -> {
                round[0]++;
                logins.as(agency.handler(), () -> save(reportId, Section.S6, "其他事项第" + round[0] + "次。", null));
                logins.as(liu, () -> save(reportId, null, null, BigDecimal.valueOf(round[0])));
            });
            assertThat(idle.requests())
                    .as("the open editors poll while nobody types")
                    .isPositive();
            assertThat(news.requests()).isPositive();
            assertThat(colleague.valueOf("section-S6"))
                    .as("the colleague's screen took in the saves")
                    .startsWith("其他事项第");
            idle.report(table, "nothing new", seconds);
            news.report(table, "a colleague saved since the last poll", seconds);
        }
        table.note("two editors open, one Chromium each (the drafter's 起草 screen, 刘芳's part editor of 表三), after "
                        + "the page loaded and nobody typing: the editors poll every 15 s for 5 minutes after the last "
                        + "typing, then stop (every 5 s while typing is not saved)")
                .note("server CPU: the CPU time of Tomcat's request threads (http-nio-…) over the phase, divided by "
                        + "the polls of both editors; the colleagues' saves of the second phase run in the test's own "
                        + "thread and are not counted")
                .write(settings.output(), dataSource);
    }

    /** One phase: counters reset in every browser, {@code seconds} watched, {@code each} run every 5 s. */
    private Phase watch(List<Browser> browsers, int seconds, Runnable each) throws InterruptedException {
        browsers.forEach(b -> b.run(COUNT));
        long cpuBefore = requestThreadsCpu();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            each.run();
            Thread.sleep(Math.min(5000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        long cpu = requestThreadsCpu() - cpuBefore;
        long[] sums = new long[5];
        long[] byEditor = new long[browsers.size()];
        for (int b = 0; b < browsers.size(); b++) {
            long[] counts = Arrays.stream(
                            String.valueOf(browsers.get(b).run(READ)).split(","))
                    .mapToLong(Long::parseLong)
                    .toArray();
            byEditor[b] = counts[0];
            for (int i = 0; i < sums.length; i++) {
                sums[i] += counts[i];
            }
        }
        return new Phase(byEditor, sums[0], sums[1], sums[2], sums[3], sums[4], cpu);
    }

    /** {@code perEditor}: the requests of each browser (the drafter's, the colleague's). */
    private record Phase(
            long[] perEditor,
            long requests,
            long requestBytes,
            long responses,
            long responseWire,
            long responseBody,
            long cpuNanos) {

        void report(ResultTable table, String when, int seconds) {
            double perMinute = requests / (double) perEditor.length / (seconds / 60.0);
            table.value(
                            "requests per minute per open editor, " + when,
                            String.format(
                                    Locale.ROOT,
                                    "%.1f (起草 screen %.1f, part editor %.1f)",
                                    perMinute,
                                    perEditor[0] / (seconds / 60.0),
                                    perEditor[1] / (seconds / 60.0)),
                            "4 (one each 15 s)",
                            perMinute / 4)
                    .value(
                            "bytes per poll, " + when,
                            String.format(
                                    Locale.ROOT,
                                    "%d sent, %d received (%d body)",
                                    requestBytes / Math.max(1, requests),
                                    responseWire / Math.max(1, responses),
                                    responseBody / Math.max(1, responses)),
                            "",
                            Double.NaN)
                    .value(
                            "server CPU per poll, " + when,
                            String.format(Locale.ROOT, "%.2f ms", cpuNanos / 1e6 / Math.max(1, requests)),
                            "",
                            Double.NaN);
        }
    }

    private static long requestThreadsCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /** A save from another window: {@code section} set to {@code text}, or 表三's first cell to {@code figure}. */
    private void save(long reportId, Section section, String text, BigDecimal figure) {
        ReportView before = reports.view(reportId);
        Map<Section, String> texts = new HashMap<>(before.content().sections());
        Map<String, BigDecimal> cells = new HashMap<>(before.content().tables().values());
        if (section != null) {
            texts.put(section, text);
        } else {
            cells.put("t3.new.np", figure);
        }
        reports.saveDraft(
                reportId, DraftEdit.between(before.content(), new ReportContent(texts, new ReportTables(cells))));
    }
}
