package cn.nianbao.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * A session left alone ends, sign-in included. Vaadin (vaadin.closeIdleSessions) closes its own session once no
 * request but heartbeats has come for the session's timeout (server.servlet.session.timeout), but leaves the HTTP
 * session and the Spring Security sign-in in it: a reload was still signed in. So the end of a Vaadin session ends
 * the HTTP session too. The open page learns it at its next heartbeat and says 「登录已超时」; reloading it leads to
 * the login page (SessionTimeoutEntryPoint) and, after logging in, back to the same page.
 */
@Component
class IdleSessions implements VaadinServiceInitListener {

    static final String EXPIRED_CAPTION = "登录已超时";
    static final String EXPIRED_MESSAGE = "登录已超时，请重新登录。点击此处或按 Esc 键前往登录页面。";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionDestroyListener(
                        destroyed -> endSignIn(destroyed.getSession().getSession()));
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(EXPIRED_CAPTION);
        messages.setSessionExpiredMessage(EXPIRED_MESSAGE);
        // no URL: the page reloads itself, so that after logging in the person is back where they were
        event.getSource().setSystemMessagesProvider(info -> messages);
    }

    private static void endSignIn(WrappedSession session) {
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // the HTTP session itself timed out or was logged out: that is what ended the Vaadin session
        }
    }
}
