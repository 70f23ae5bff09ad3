package cn.nianbao.notification;

import cn.nianbao.security.CurrentActor;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages (called by other modules, which have checked the sender) and lets the signed-in person read
 * only their own.
 */
@Service
@Transactional
public class NotificationService {

    private static final int MAX_TEXT = 1000;

    private final NotificationRepository notifications;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final EmailSettingRepository emailSettings;
    private final EmailNotifier emailNotifier;
    private final ApplicationEventPublisher events;

    NotificationService(
            NotificationRepository notifications,
            CurrentActor currentActor,
            Clock clock,
            EmailSettingRepository emailSettings,
            EmailNotifier emailNotifier,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.clock = clock;
        this.emailSettings = emailSettings;
        this.emailNotifier = emailNotifier;
        this.events = events;
    }

    /** Stores the message in-app and, when mail is configured and the person wants it, mails it after commit. */
    public void notify(String username, NotificationKind kind, String text, String link) {
        String shortened = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        notifications.save(new Notification(username, kind, shortened, link, clock.instant()));
        if (emailNotifier.enabled()) {
            emailSettings
                    .findByUsername(username)
                    .flatMap(EmailSetting::sendTo)
                    .ifPresent(address -> events.publishEvent(new NotificationEmail(address, kind, shortened, link)));
        }
    }

    /**
     * Withdraws the unread messages of these kinds that lead to {@code link}, except those to {@code keptFor}: the
     * task they announced is no longer theirs (撤回).
     */
    void withdrawUnread(String link, Collection<NotificationKind> kinds, String keptFor) {
        notifications.findByLinkAndKindInAndReadAtIsNull(link, kinds).stream()
                .filter(n -> !n.username().equals(keptFor))
                .forEach(n -> n.withdraw(clock.instant()));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUsernameAndReadAtIsNull(
                currentActor.require().username());
    }

    /** The latest hundred messages of the signed-in person, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine() {
        return notifications
                .findTop100ByUsernameOrderByIdDesc(currentActor.require().username())
                .stream()
                .map(Notification::toItem)
                .toList();
    }

    /** Marks one of one's own messages read; another person's message is simply not found. */
    public void markRead(long id) {
        notifications
                .findByIdAndUsername(id, currentActor.require().username())
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    public void markAllRead() {
        notifications
                .findByUsernameAndReadAtIsNull(currentActor.require().username())
                .forEach(n -> n.markRead(clock.instant()));
    }
}
