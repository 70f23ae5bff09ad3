package cn.nianbao.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what people and jobs do: who (the signed-in person, 匿名 or 系统), when, from which address, what, on
 * which target, with the detail and the before/after. Inside a read-write transaction the entry is appended just
 * before that transaction commits, so an action that fails leaves no entry and the chain's head is locked only for
 * a moment; otherwise (no transaction, or a read-only one) it is appended at once in a transaction of its own.
 */
@Service
public class AuditTrail {

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    AuditTrail(AuditChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(AuditAction action, String target, String detail) {
        record(action, target, detail, null, null);
    }

    /** A change of something: {@code before} and {@code after} as text, either may be null (created, removed). */
    public void record(AuditAction action, String target, String before, String after) {
        record(action, target, null, before, after);
    }

    public void record(AuditAction action, String target, String detail, String before, String after) {
        recordAs(AuditActors.current(), action, target, detail, before, after);
    }

    /**
     * Recorded at once in a transaction of its own: for a refusal, whose own transaction is about to roll back and
     * would take an entry made in it along.
     */
    public void recordNow(AuditAction action, String target, String detail) {
        AuditDraft draft = new AuditDraft(
                AuditActors.current(), AuditActors.clientAddress().orElse(null), action, target, detail, null, null);
        ownTransaction.executeWithoutResult(status -> chain.append(draft));
    }

    /** For the rare caller that knows better who acted than the current request does (a login attempt). */
    public void recordAs(
            AuditActor actor, AuditAction action, String target, String detail, String before, String after) {
        AuditDraft draft =
                new AuditDraft(actor, AuditActors.clientAddress().orElse(null), action, target, detail, before, after);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    chain.append(draft);
                }
            });
        } else {
            ownTransaction.executeWithoutResult(status -> chain.append(draft));
        }
    }
}
