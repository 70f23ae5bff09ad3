package cn.nianbao.workflow;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.flowable.engine.RuntimeService;

/** What the workflow benchmarks share: a report that passes the checks, and waiting for a process to end. */
final class BenchReports {

    static final int YEAR = 2025;

    static final Map<Section, String> TEXT =
            Map.of(Section.S1, "本局依法做好政府信息公开工作。", Section.S5, "信息公开的及时性有待提高。", Section.S6, "本年度收取信息处理费0元。");

    /** Figures that pass the cross-checks, so the sign-off is not refused. */
    static final Map<String, BigDecimal> FIGURES = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5),
            Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4),
            Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(1),
            T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2),
            T2Cell.FEES_AMOUNT.id(), new BigDecimal("1.5"));

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private BenchReports() {}

    /** Polls every 2 ms (the same for Nianbao's and the bare process) until the asynchronous last step has run. */
    static void awaitEnd(RuntimeService runtime, String processInstanceId) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("process " + processInstanceId + " did not end within " + LIMIT);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
