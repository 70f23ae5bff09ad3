package cn.nianbao.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the trail as stored: its place in the chain ({@code seq}), when, who, from where, what, on which
 * target, the detail and the before/after (text, may be null), the hash of the entry before it and its own hash.
 */
public record AuditEntry(
        long id,
        long seq,
        Instant occurredAt,
        String actorUsername,
        String actorName,
        String clientIp,
        String actionCode,
        String actionLabel,
        String target,
        String detail,
        String before,
        String after,
        String previousHash,
        String hash) {

    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    /** The same entry sealed with its own hash. */
    AuditEntry withHash(String ownHash) {
        return new AuditEntry(
                id,
                seq,
                occurredAt,
                actorUsername,
                actorName,
                clientIp,
                actionCode,
                actionLabel,
                target,
                detail,
                before,
                after,
                previousHash,
                ownHash);
    }

    /** When, in China Standard Time, to the second: 2025-01-10 09:30:05. */
    public String chinaTime() {
        return CHINA_TIME.format(occurredAt);
    }
}
