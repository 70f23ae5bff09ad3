package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.bench.BenchSettings;
import cn.nianbao.bench.Parallel;
import cn.nianbao.bench.ResultTable;
import cn.nianbao.bench.Samples;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Logins;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B1: one report's whole lifecycle through Nianbao's services (create, edit, submit, three approvals, publication),
 * against a bare Flowable process with the same user tasks, candidate groups and asynchronous last step on the same
 * database, in the same run. Each step starts from the person's inbox, as a click in the UI does. Target: the bare
 * engine's throughput at most 1.5 times Nianbao's, at 1 and at 4 threads.
 */
@NianbaoTest
class B1LifecycleBenchmark {

    private static final double TARGET = 1.5;

    @Autowired
    BenchSettings settings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    DataSource dataSource;

    @Test
    void nianbao_lifecycle_against_the_bare_engine() {
        BenchSettings.Lifecycle size = settings.b1();
        logins.keepSignIns(true);
        ResultTable table = new ResultTable("B1", "one report's lifecycle, Nianbao against bare Flowable");
        for (int threads : size.threads()) {
            List<TestAgency> agencies = IntStream.range(0, size.warmup() + size.lifecycles())
                    .mapToObj(i -> testAgencies.create())
                    .toList();
            Parallel.run(threads, size.warmup(), i -> nianbao(agencies.get(i)));
            Parallel.run(threads, size.warmup(), i -> bare(agencies.get(i)));
            Samples nianbao = Parallel.run(threads, size.lifecycles(), i -> nianbao(agencies.get(size.warmup() + i)));
            Samples bare = Parallel.run(threads, size.lifecycles(), i -> bare(agencies.get(size.warmup() + i)));
            double ratio = bare.throughput() / nianbao.throughput();
            table.row("Nianbao lifecycle, " + threads + " thread(s)", nianbao, "", Double.NaN)
                    .row("bare Flowable lifecycle, " + threads + " thread(s)", bare, "", Double.NaN)
                    .value(
                            "bare / Nianbao throughput, " + threads + " thread(s)",
                            String.format(Locale.ROOT, "%.2f", ratio),
                            "≤ " + TARGET,
                            ratio / TARGET);
            agencies.forEach(agency -> assertPublished(agency));
        }
        table.note("lifecycle = start, save the draft, submit, three approvals, then wait (2 ms polls) until the "
                + "asynchronous publication step has run; each step finds its task in the person's inbox first");
        logins.keepSignIns(false);
        table.write(settings.output(), dataSource);
        assertThat(table.rowCount()).isEqualTo(3 * size.threads().size());
    }

    private void nianbao(TestAgency agency) {
        long reportId = journey.drafted(agency, BenchReports.YEAR, BenchReports.TEXT, BenchReports.FIGURES);
        // read while the process still runs: after the sign-off the publication job may end it at any moment
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(reportId))
                .processDefinitionKey(ProcessKeys.PROCESS)
                .singleResult()
                .getId();
        journey.approveAll(agency, reportId);
        BenchReports.awaitEnd(runtime, process);
    }

    /** The same steps on the bare engine: start, complete the draft, then claim and complete three group tasks. */
    private void bare(TestAgency agency) {
        String business = "bare-" + agency.id();
        String process = runtime.startProcessInstanceByKey(
                        "benchBare",
                        business,
                        Map.of(
                                ProcessKeys.VAR_REPORT_ID,
                                agency.id(),
                                ProcessKeys.VAR_AGENCY,
                                "a" + agency.id(),
                                ProcessKeys.VAR_DRAFTER,
                                agency.handler()))
                .getId();
        Task draft = tasks
                .createTaskQuery()
                .processDefinitionKey("benchBare")
                .taskAssignee(agency.handler())
                .includeProcessVariables()
                .listPage(0, 200)
                .stream()
                .filter(t -> t.getProcessInstanceId().equals(process))
                .findFirst()
                .orElseThrow();
        tasks.complete(
                draft.getId(), agency.handler(), Map.of(), Map.of(ProcessKeys.VAR_DECISION, ProcessKeys.APPROVE));
        for (String role : List.of("SECRECY_REVIEWER", "SUPERVISOR", "LEAD")) {
            String reviewer = agency.handler() + "-" + role;
            Task task = tasks
                    .createTaskQuery()
                    .processDefinitionKey("benchBare")
                    .active()
                    .or()
                    .taskAssignee(reviewer)
                    .taskCandidateGroupIn(List.of(role + "@a" + agency.id()))
                    .endOr()
                    .includeProcessVariables()
                    .listPage(0, 200)
                    .stream()
                    .filter(t -> t.getProcessInstanceId().equals(process))
                    .findFirst()
                    .orElseThrow();
            tasks.claim(task.getId(), reviewer);
            tasks.complete(task.getId(), reviewer, Map.of(), Map.of(ProcessKeys.VAR_DECISION, ProcessKeys.APPROVE));
        }
        BenchReports.awaitEnd(runtime, process);
    }

    private void assertPublished(TestAgency agency) {
        long reportId = logins.as(
                agency.handler(), () -> reports.readableReports().getFirst().id());
        assertThat(logins.as(agency.handler(), () -> reports.view(reportId)).stage())
                .isEqualTo(ReportStage.PUBLISHED);
    }
}
