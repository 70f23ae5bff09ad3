package cn.nianbao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs operations 0..n-1 on a number of threads, each operation timed, and the whole run's wall time kept. */
public final class Parallel {

    private Parallel() {}

    public static Samples run(int threads, int operations, IntConsumer operation) {
        Samples samples = new Samples();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < operations; i++) {
                int index = i;
                futures.add(pool.submit(() -> samples.time(() -> operation.accept(index))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            samples.wall(System.nanoTime() - start);
            return samples;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a measured operation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
