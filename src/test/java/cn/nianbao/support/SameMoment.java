package cn.nianbao.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same action on several real threads released at the same moment, as people clicking at once. */
public final class SameMoment {

    private SameMoment() {
    }

    /** The outcome of each thread, in the order they were started. */
    public static List<String> run(int people, Callable<String> action) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(people);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                outcomes.add(clicks.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            clicks.shutdownNow();
        }
    }
}
