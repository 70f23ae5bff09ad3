package cn.nianbao.audit;

import java.time.Instant;

/** An entry before it has a place in the chain. Values are cut to their columns' sizes here, before hashing. */
record AuditDraft(
        AuditActor actor,
        String clientIp,
        AuditAction action,
        String target,
        String detail,
        String before,
        String after) {

    AuditDraft {
        actor = new AuditActor(cut(actor.username(), 64), cut(actor.displayName(), 100));
        clientIp = cut(clientIp, 64);
        target = cut(target, 200);
    }

    AuditEntry at(long seq, Instant occurredAt, String previousHash) {
        AuditEntry unhashed = new AuditEntry(
                0,
                seq,
                occurredAt,
                actor.username(),
                actor.displayName(),
                clientIp,
                action.code(),
                action.label(),
                target,
                detail,
                before,
                after,
                previousHash,
                null);
        return unhashed.withHash(EntryHash.of(unhashed));
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.codePointCount(0, stripped.length()) <= max
                ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max));
    }
}
