package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.bench.BenchSettings;
import cn.nianbao.bench.Parallel;
import cn.nianbao.bench.ResultTable;
import cn.nianbao.bench.Samples;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B3: 保密审查 approves through the service layer, {@code users} at once. Every report is approved twice at the same
 * moment (a double click, two tabs): exactly one decision must count and the other be refused, so afterwards each
 * report has one approval in its history and one open task at 分管领导审核. Target: p95 ≤ 100 ms.
 */
@NianbaoTest
class B3ApproveBenchmark {

    private static final double TARGET_P95_MS = 100;

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
    void concurrent_approvals_are_fast_and_each_counts_once() {
        BenchSettings.Approve size = settings.b3();
        List<Waiting> waiting = IntStream.range(0, size.warmup() + size.reports())
                .mapToObj(i -> waiting())
                .toList();
        waiting.subList(0, size.warmup())
                .forEach(w -> logins.as(w.agency().secrecy(), () -> workflow.approve(w.taskId(), null)));
        List<Waiting> measured = waiting.subList(size.warmup(), waiting.size());

        Samples accepted = new Samples();
        AtomicInteger refused = new AtomicInteger();
        Samples all = Parallel.run(size.users(), 2 * measured.size(), i -> {
            Waiting w = measured.get(i / 2);
            logins.as(w.agency().secrecy(), () -> {
                long start = System.nanoTime();
                try {
                    workflow.approve(w.taskId(), null);
                    accepted.add(System.nanoTime() - start);
                } catch (WorkflowActionException e) {
                    assertThat(e.getMessage()).isEqualTo(WorkflowActionException.TASK_GONE);
                    refused.incrementAndGet();
                }
            });
        });

        long lostOrDoubled = measured.stream().filter(w -> !decidedOnce(w)).count();
        new ResultTable("B3", "approve under concurrent users")
                .row(
                        "approve, " + size.users() + " users, every task clicked twice at once (all calls)",
                        all,
                        "p95 ≤ " + (int) TARGET_P95_MS + " ms",
                        all.p95Ms() / TARGET_P95_MS)
                .row(
                        "approve, the decisions that counted",
                        accepted,
                        "p95 ≤ " + (int) TARGET_P95_MS + " ms",
                        accepted.p95Ms() / TARGET_P95_MS)
                .value("reports with a lost or doubled decision", String.valueOf(lostOrDoubled), "0", Double.NaN)
                .note(accepted.count() + " approvals counted, " + refused.get() + " second clicks refused with 「"
                        + WorkflowActionException.TASK_GONE + "」; ops/s of the first row is over the wall time")
                .write(settings.output(), dataSource);

        assertThat(lostOrDoubled).isZero();
        assertThat(accepted.count()).isEqualTo(measured.size());
        assertThat(refused.get()).isEqualTo(measured.size());
    }

    private Waiting waiting() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, BenchReports.YEAR, BenchReports.TEXT, BenchReports.FIGURES);
        return new Waiting(
                agency, reportId, journey.taskOf(agency.secrecy(), reportId).taskId());
    }

    /** One approval at 保密审查 in the history, and the process waiting at 分管领导审核 with one task. */
    private boolean decidedOnce(Waiting w) {
        long approvals = logins.as(w.agency().handler(), () -> reports.history(w.reportId())).stream()
                .filter(h -> h.stage() == ReportStage.SECRECY_REVIEW && h.action() == HistoryAction.APPROVED)
                .count();
        long next = logins.as(w.agency().supervisor(), () -> workflow.inbox()).stream()
                .filter(item -> item.reportId() == w.reportId() && item.step() == ReportStage.SUPERVISOR_REVIEW)
                .count();
        return approvals == 1 && next == 1;
    }

    private record Waiting(TestAgency agency, long reportId, String taskId) {}
}
