package cn.nianbao.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the chain from its first entry to the head as it stood when the walk began (appends meanwhile are checked
 * next time) and stops at the first broken link: an entry whose content no longer matches its hash (changed), whose
 * "previous" is not the hash of the entry before it (one before it changed or was replaced), a gap in the positions
 * (entries removed), or a head that points past the last entry (the newest entries removed).
 */
@Component
class ChainVerifier {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final AuditChain chain;

    ChainVerifier(JdbcClient jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    ChainVerification verify() {
        AuditChain.Head head = chain.head(false);
        String previous = EntryHash.GENESIS;
        long expected = 1;
        while (expected <= head.seq()) {
            List<AuditEntry> page = jdbc.sql("select " + AuditChain.COLUMNS
                            + " from audit_entry where seq >= ? and seq <= ? order by seq limit " + PAGE)
                    .params(expected, head.seq())
                    .query(AuditChain::read)
                    .list();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry entry : page) {
                String broken = brokenLink(entry, expected, previous);
                if (broken != null) {
                    return new ChainVerification(expected - 1, entry.id(), entry.seq(), broken);
                }
                previous = entry.hash();
                expected++;
            }
        }
        if (expected <= head.seq() || !previous.equals(head.hash())) {
            return new ChainVerification(
                    expected - 1, null, expected, "链尾缺少第 " + expected + " 至第 " + head.seq() + " 条：最新的条目已被删除。");
        }
        return ChainVerification.intact(expected - 1);
    }

    private static String brokenLink(AuditEntry entry, long expected, String previous) {
        if (entry.seq() != expected) {
            return "：其前缺少第 " + expected + " 至第 " + (entry.seq() - 1) + " 条，条目已被删除。";
        }
        if (!EntryHash.of(entry).equals(entry.hash())) {
            return "：内容与其哈希不符，该条目在记录后被修改。";
        }
        if (!entry.previousHash().equals(previous)) {
            return "：所记前一条的哈希与实际不符，前一条被修改或替换。";
        }
        return null;
    }
}
