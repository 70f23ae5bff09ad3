package cn.nianbao.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One message to one person; unread while {@code readAt} is empty. */
@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String text;

    private String link;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {}

    Notification(String username, NotificationKind kind, String text, String link, Instant createdAt) {
        this.username = username;
        this.kind = kind;
        this.text = text;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** The task it announced is gone: it reads 已撤回 and no longer counts as unread. */
    void withdraw(Instant now) {
        kind = NotificationKind.WITHDRAWN;
        markRead(now);
    }

    String username() {
        return username;
    }

    NotificationItem toItem() {
        return new NotificationItem(id, kind, text, link, createdAt, readAt != null);
    }
}
