package cn.nianbao.e2e;

import cn.nianbao.bench.ResultTable;
import cn.nianbao.bench.Samples;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The time of each {@link B8Step} from the action (a click, a page asked for) until what the step leads to is on the
 * screen, and the server's CPU seconds over the same time. Warm-up rounds are timed but not kept.
 */
final class StepTimes {

    private final Map<B8Step, Samples> times = new EnumMap<>(B8Step.class);
    private final Map<B8Step, Double> cpuSeconds = new EnumMap<>(B8Step.class);
    private final ServerCpu server;
    private boolean keeping;

    StepTimes(ServerCpu server) {
        this.server = server;
    }

    /** From now on the steps count (after the warm-up). */
    void keep() {
        keeping = true;
    }

    /** Runs {@code action}, then waits for {@code done}: the time and CPU of both together are the step's. */
    void time(B8Step step, Runnable action, BooleanSupplier done, Waiting waiting) {
        double cpuBefore = server.seconds();
        long start = System.nanoTime();
        action.run();
        waiting.until(step.label(), done);
        long took = System.nanoTime() - start;
        double cpu = server.seconds() - cpuBefore;
        if (keeping) {
            times.computeIfAbsent(step, s -> new Samples()).add(took);
            cpuSeconds.merge(step, cpu, Double::sum);
        }
    }

    int count(B8Step step) {
        Samples samples = times.get(step);
        return samples == null ? 0 : samples.count();
    }

    /** One row per step: n, median, p95, the CPU seconds per step, and p95 against 1 s and against 3× the floor. */
    void report(ResultTable table) {
        Samples floor = times.get(B8Step.FLOOR);
        for (Map.Entry<B8Step, Samples> entry : times.entrySet()) {
            Samples samples = entry.getValue();
            double cpuPerStep = cpuSeconds.get(entry.getKey()) / samples.count();
            String target = entry.getKey() == B8Step.FLOOR
                    ? "(the floor)"
                    : String.format(
                            Locale.ROOT,
                            "p95 ≤ 1000 ms and ≤ 3× floor (%.0f ms); server CPU %.3f s per step",
                            floor == null ? Double.NaN : 3 * floor.p95Ms(),
                            cpuPerStep);
            double ratio = entry.getKey() == B8Step.FLOOR
                    ? Double.NaN
                    : Math.max(samples.p95Ms() / 1000.0, floor == null ? 0 : samples.p95Ms() / (3 * floor.p95Ms()));
            table.row(entry.getKey().label(), samples, target, ratio);
        }
    }

    /** Waits for a condition, failing with what was awaited. */
    @FunctionalInterface
    interface Waiting {
        void until(String what, BooleanSupplier condition);
    }
}
