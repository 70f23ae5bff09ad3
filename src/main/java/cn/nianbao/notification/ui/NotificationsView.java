package cn.nianbao.notification.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.notification.EmailSettings;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 我的消息: one's email setting, then one's notifications, newest first; opening one marks it read and follows its
 * link.
 */
@Route("notifications")
@PageTitle("我的消息 · 年报")
@Menu(order = 9, title = "我的消息")
@PermitAll
public class NotificationsView extends VerticalLayout {

    NotificationsView(NotificationService notifications, EmailSettings emailSettings) {
        add(new H2("我的消息"), new EmailSettingsForm(emailSettings));
        List<NotificationItem> mine = notifications.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph("暂无消息。");
            empty.setId("notifications-empty");
            add(empty);
            return;
        }
        Button allRead = new Button("全部标为已读", e -> {
            notifications.markAllRead();
            UI.getCurrent().getPage().reload();
        });
        allRead.setId("mark-all-read");
        add(allRead);
        for (NotificationItem item : mine) {
            Div row = new Div(
                    new Span(ChinaTime.MINUTES.format(item.createdAt()) + " "),
                    new Span("【" + item.kind().label() + "】"),
                    new Span(item.text()));
            row.addClassNames("notification", item.read() ? "read" : "unread");
            if (item.link() != null) {
                Button open = new Button("查看", e -> {
                    notifications.markRead(item.id());
                    UI.getCurrent().navigate(item.link());
                });
                open.addClassName("open-notification");
                row.add(open);
            }
            add(row);
        }
    }
}
