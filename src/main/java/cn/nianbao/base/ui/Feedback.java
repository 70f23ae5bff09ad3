package cn.nianbao.base.ui;

import cn.nianbao.base.DatabaseFailures;
import cn.nianbao.base.UserFacingException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a person's action and tells them how it went. A {@link UserFacingException} shows its own message, a database
 * that cannot be reached a "try again", any other failure is logged and shown as a generic message, never as a stack
 * trace. What they typed stays on screen.
 */
public final class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);
    public static final String INTERNAL_ERROR = "操作未能完成，请稍后重试。如果问题持续，请联系系统管理员。";

    private Feedback() {}

    /** Returns true when the action completed. */
    public static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            error(messageFor(e));
        }
        return false;
    }

    /** What a person reads when their action failed. */
    public static String messageFor(RuntimeException failure) {
        if (failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            log.warn("database unavailable: {}", failure.toString());
            return DatabaseFailures.UNAVAILABLE;
        }
        log.error("action failed", failure);
        return INTERNAL_ERROR;
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.open();
    }
}
