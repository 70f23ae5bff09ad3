package cn.nianbao.notification.ui;

import cn.nianbao.base.ui.HeaderWidget;
import cn.nianbao.notification.NotificationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
        RouterLink bell = new RouterLink("", NotificationsView.class);
        bell.setId("notification-bell");
        bell.addClassName("notification-bell");
        bell.getElement().setAttribute("aria-label", "消息");
        bell.add(VaadinIcon.BELL.create());
        long unread = notifications.unreadCount();
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.setId("unread-count");
            count.addClassName("unread");
            bell.add(count);
            bell.getElement().setAttribute("aria-label", "消息（" + unread + " 条未读）");
        }
        return bell;
    }
}
