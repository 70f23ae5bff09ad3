package cn.nianbao.workflow;

import cn.nianbao.base.DatabaseFailures;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * The one place where engine and database exceptions become what a person reads. When two people act on the same
 * task at once exactly one wins; the other may get any of several exceptions (STACK.md §7), all meaning "gone".
 */
final class WorkflowExceptionTranslator {

    private static final Logger log = LoggerFactory.getLogger(WorkflowExceptionTranslator.class);
    static final int DEADLOCK_ATTEMPTS = 3;

    /** Unrelated instances may deadlock under load (STACK.md §7): a deadlocked action runs again, a few times. */
    private final RetryTemplate deadlocks = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(DEADLOCK_ATTEMPTS - 1)
            .delay(Duration.ofMillis(20))
            .jitter(Duration.ofMillis(10))
            .predicate(WorkflowExceptionTranslator::isDeadlock)
            .build());

    WorkflowExceptionTranslator() {
        deadlocks.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                log.info("deadlock, retrying (at most {} attempts)", DEADLOCK_ATTEMPTS);
            }
        });
    }

    <T> T run(Supplier<T> action) {
        try {
            return deadlocks.invoke(action);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    void run(Runnable action) {
        run(() -> {
            action.run();
            return null;
        });
    }

    RuntimeException translate(RuntimeException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            log.warn("database unavailable during a workflow action: {}", e.toString());
            return new WorkflowActionException(DatabaseFailures.UNAVAILABLE);
        }
        if (e instanceof FlowableObjectNotFoundException
                || e instanceof FlowableTaskAlreadyClaimedException
                || e instanceof FlowableOptimisticLockingException
                || e instanceof OptimisticLockingFailureException
                || isDeadlock(e)) {
            return new WorkflowActionException(WorkflowActionException.TASK_GONE);
        }
        if (e instanceof FlowableException) {
            log.warn("workflow action failed", e);
            return new WorkflowActionException("操作未能完成，请稍后重试。如果问题持续，请联系系统管理员。");
        }
        return e;
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Deadlock found")) {
                return true;
            }
        }
        return false;
    }
}
