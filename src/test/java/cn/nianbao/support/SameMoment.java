package cn.nianbao.support;

import cn.nianbao.base.UserFacingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** People clicking at the same moment: each action on a thread of its own, all released by one latch. */
public final class SameMoment {

    public static final String DONE = "done";

    private SameMoment() {}

    /** {@link #DONE} or the message each action was refused with, in the order given. */
    public static List<String> run(Runnable... actions) throws Exception {
        return all(Arrays.stream(actions).map(SameMoment::refusalOrDone).toList());
    }

    /** The outcome of each of {@code people} threads running the same action, in the order they were started. */
    public static List<String> run(int people, Callable<String> action) throws Exception {
        return all(Collections.nCopies(people, action));
    }

    private static Callable<String> refusalOrDone(Runnable action) {
        return () -> {
            try {
                action.run();
                return DONE;
            } catch (UserFacingException refused) {
                return refused.getMessage();
            }
        };
    }

    private static List<String> all(List<Callable<String>> actions) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(actions.size());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Callable<String> action : actions) {
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
