package cn.nianbao.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A person's email address for notifications and whether they want them by email. */
@Entity
@Table(name = "notification_email")
class EmailSetting {

    @Id
    private Long userId;

    private String username;

    private String email;

    private boolean enabled;

    protected EmailSetting() {}

    EmailSetting(long userId, String username, String email, boolean enabled) {
        this.userId = userId;
        this.username = username;
        change(email, enabled);
    }

    void change(String email, boolean enabled) {
        this.email = email;
        this.enabled = enabled;
    }

    /** The address to send to, or empty when the person has switched email off. */
    Optional<String> sendTo() {
        return enabled ? Optional.of(email) : Optional.empty();
    }

    EmailPreference toPreference() {
        return new EmailPreference(email, enabled);
    }
}
