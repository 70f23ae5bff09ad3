package cn.nianbao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one measured operation, in nanoseconds, and the wall time they took together. */
public final class Samples {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private long wallNanos;

    public void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    public <T> T time(java.util.function.Supplier<T> operation) {
        long start = System.nanoTime();
        T result = operation.get();
        add(System.nanoTime() - start);
        return result;
    }

    public void time(Runnable operation) {
        time(() -> {
            operation.run();
            return null;
        });
    }

    public void wall(long nanos) {
        wallNanos = nanos;
    }

    public int count() {
        return nanos.size();
    }

    public double medianMs() {
        return percentileMs(50);
    }

    public double p95Ms() {
        return percentileMs(95);
    }

    public double p99Ms() {
        return percentileMs(99);
    }

    /** Nearest-rank percentile. */
    public double percentileMs(double percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    /** Operations per second over the wall time (all threads together), or per the summed durations if none. */
    public double throughput() {
        long time = wallNanos > 0
                ? wallNanos
                : nanos.stream().mapToLong(Long::longValue).sum();
        return time == 0 ? Double.NaN : nanos.size() / (time / 1e9);
    }
}
