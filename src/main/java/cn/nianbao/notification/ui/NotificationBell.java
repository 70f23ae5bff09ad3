package cn.nianbao.notification.ui;

import cn.nianbao.base.ui.HeaderWidget;
import cn.nianbao.notification.NotificationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;

/** The bell in the header: a link to 我的消息 with the number of unread messages. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderWidget {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new Bell(notifications);
    }

    /**
     * The layout and its header stay while the person moves between screens, so the bell counts again after every
     * navigation: a message opened with 查看 (marked read, then followed) is no longer counted on the page it leads to.
     */
    private static final class Bell extends RouterLink implements AfterNavigationObserver {

        private final NotificationService notifications;
        private final Span count = new Span();

        Bell(NotificationService notifications) {
            super("", NotificationsView.class);
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("notification-bell");
            add(VaadinIcon.BELL.create());
            count.setId("unread-count");
            count.addClassName("unread");
            add(count);
            refresh();
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        private void refresh() {
            long unread = notifications.unreadCount();
            count.setText(String.valueOf(unread));
            count.setVisible(unread > 0);
            getElement().setAttribute("aria-label", unread > 0 ? "消息（" + unread + " 条未读）" : "消息");
        }
    }
}
