package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.security.Logins;
import cn.nianbao.support.SameMoment;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain: it verifies, a row changed or removed behind the application's back is reported at that entry,
 * and appends from many threads at once (each its own connection, as two nodes would be) keep it whole. Every test
 * puts a row it tampered with back, since the test context's database is shared.
 */
@NianbaoTest
class AuditChainTest {

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 15;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLog log;

    @Autowired
    Auditors auditors;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_chain_of_recorded_entries_verifies() {
        String target = "链测试 " + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            audit.record(AuditAction.USER_CHANGED, target, "角色：经办人员", "角色：经办人员、保密审查员" + i);
        }

        ChainVerification result = verify();

        assertThat(result.isIntact()).as(result.summary()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(3);
        assertThat(result.summary()).contains("完整");
    }

    @Test
    void a_row_changed_in_the_database_is_reported_at_that_entry() {
        String target = "篡改测试 " + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            audit.record(AuditAction.AGENCY_CHANGED, target, "第 " + i + " 次改名");
        }
        AuditEntry middle = trail.forTarget(target).get(1);

        jdbc.sql("update audit_entry set detail = ? where id = ?")
                .params("悄悄改过", middle.id())
                .update();
        try {
            ChainVerification result = verify();

            assertThat(result.isIntact()).isFalse();
            assertThat(result.brokenEntryId()).isEqualTo(middle.id());
            assertThat(result.summary()).contains("第 " + middle.seq() + " 条", "被修改");
        } finally {
            jdbc.sql("update audit_entry set detail = ? where id = ?")
                    .params(middle.detail(), middle.id())
                    .update();
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void a_row_removed_from_the_database_is_reported_at_the_entry_after_the_gap() {
        String target = "删除测试 " + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            audit.record(AuditAction.USER_CHANGED, target, "停用", "启用" + i);
        }
        List<AuditEntry> entries = trail.forTarget(target);
        AuditEntry removed = entries.get(1);

        jdbc.sql("delete from audit_entry where id = ?").param(removed.id()).update();
        try {
            ChainVerification result = verify();

            assertThat(result.brokenEntryId()).isEqualTo(entries.get(2).id());
            assertThat(result.summary()).contains("缺少第 " + removed.seq(), "删除");
        } finally {
            putBack(removed);
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void appends_from_many_threads_at_once_keep_the_chain_whole() throws Exception {
        String target = "并发测试 " + System.nanoTime();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        Runnable[] writers = IntStream.range(0, THREADS)
                .<Runnable>mapToObj(thread -> () -> {
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        String detail = "线程 " + thread + " 第 " + i + " 条";
                        if (i % 2 == 0) {
                            audit.record(AuditAction.ROLE_CHANGED, target, detail);
                        } else {
                            // inside a caller's transaction: written when that transaction commits
                            inTransaction.executeWithoutResult(
                                    s -> audit.record(AuditAction.ROLE_CHANGED, target, detail));
                        }
                    }
                })
                .toArray(Runnable[]::new);

        assertThat(SameMoment.run(writers)).containsOnly(SameMoment.DONE);

        List<AuditEntry> entries = trail.forTarget(target);
        assertThat(entries).hasSize(THREADS * APPENDS_PER_THREAD);
        assertThat(entries).extracting(AuditEntry::detail).doesNotHaveDuplicates();
        ChainVerification result = verify();
        assertThat(result.isIntact()).as(result.summary()).isTrue();
    }

    @Test
    void an_entry_recorded_in_a_transaction_that_rolls_back_is_not_kept() {
        String target = "回滚测试 " + System.nanoTime();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);

        inTransaction.executeWithoutResult(status -> {
            audit.record(AuditAction.USER_CHANGED, target, "未完成的修改");
            status.setRollbackOnly();
        });

        assertThat(trail.forTarget(target)).isEmpty();
        assertThat(verify().isIntact()).isTrue();
    }

    private ChainVerification verify() {
        return logins.as(auditors.auditor(), () -> log.verify());
    }

    private void putBack(AuditEntry entry) {
        jdbc.sql("insert into audit_entry (id, " + AuditChain.COLUMNS.substring("id, ".length()) + ") "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        entry.id(),
                        entry.seq(),
                        java.time.LocalDateTime.ofInstant(entry.occurredAt(), java.time.ZoneOffset.UTC),
                        entry.actorUsername(),
                        entry.actorName(),
                        entry.clientIp(),
                        entry.actionCode(),
                        entry.actionLabel(),
                        entry.target(),
                        entry.detail(),
                        entry.before(),
                        entry.after(),
                        entry.previousHash(),
                        entry.hash())
                .update();
    }
}
