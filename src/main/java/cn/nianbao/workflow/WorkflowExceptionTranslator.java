package cn.nianbao.workflow;

import cn.nianbao.base.DatabaseFailures;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one place where engine and database exceptions become what a person reads. When two people act on the same
 * task at once exactly one wins; the other may get any of several exceptions (STACK.md §7), all meaning "gone".
 */
@Component
class WorkflowExceptionTranslator {

    private static final Logger log = LoggerFactory.getLogger(WorkflowExceptionTranslator.class);
    static final int DEADLOCK_ATTEMPTS = 3;

    <T> T run(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (isDeadlock(e) && attempt < DEADLOCK_ATTEMPTS) {
                    log.info("deadlock, retrying ({}/{})", attempt, DEADLOCK_ATTEMPTS);
                    continue;
                }
                throw translate(e);
            }
        }
    }

    RuntimeException translate(RuntimeException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            log.warn("database unavailable during a workflow action: {}", e.toString());
            return new WorkflowActionException(DatabaseFailures.UNAVAILABLE);
        }
        if (e instanceof FlowableObjectNotFoundException || e instanceof FlowableTaskAlreadyClaimedException
                || e instanceof FlowableOptimisticLockingException || e instanceof OptimisticLockingFailureException
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
