package cn.nianbao.audit;

import java.time.Instant;

/**
 * What the auditor looks for; every part may be empty. {@code user} and {@code target} match a part of the user
 * name (or display name) and of the target; {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditSearch(String user, String actionCode, String target, Instant from, Instant to) {

    public static final AuditSearch ALL = new AuditSearch(null, null, null, null, null);

    public AuditSearch {
        user = blankToNull(user);
        actionCode = blankToNull(actionCode);
        target = blankToNull(target);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
