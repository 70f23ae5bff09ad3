package cn.nianbao.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two people acting at the same moment: each action on its own thread, both released together. */
final class SameMoment {

    static final String DONE = "done";

    private SameMoment() {
    }

    /** {@link #DONE} or the message each action was refused with, in the order given. */
    static List<String> run(Runnable first, Runnable second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Runnable action : List.of(first, second)) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        action.run();
                        return DONE;
                    } catch (WorkflowActionException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
