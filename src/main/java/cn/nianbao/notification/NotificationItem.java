package cn.nianbao.notification;

import java.time.Instant;

/** A message as its recipient sees it; {@code link} is a path inside the application, or null. */
public record NotificationItem(
        long id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {}
