package cn.nianbao.notification;

import cn.nianbao.base.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails a notification after its action committed: a rolled-back action sends nothing, and a mail server that fails
 * only costs a warning in the log, never the action. Without spring.mail.host there is no sender and nothing is tried.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class EmailNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(EmailNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final PublicUrl publicUrl;
    private final String from;

    EmailNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            PublicUrl publicUrl,
            MailSettings settings,
            @Value("${spring.mail.username:nianbao@localhost}") String mailUser) {
        this.mailSender = mailSender;
        this.publicUrl = publicUrl;
        this.from = settings.from() == null || settings.from().isBlank() ? mailUser : settings.from();
    }

    /** Whether a mail server is configured at all; without one no email is prepared. */
    boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(NotificationEmail email) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.address());
        message.setSubject("年报：" + email.kind().label());
        message.setText(email.link() == null ? email.text() : email.text() + "\n\n" + publicUrl.absolute(email.link()));
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Could not mail a {} notification: {}", email.kind(), e.getMessage());
        }
    }
}
