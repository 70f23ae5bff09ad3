package cn.nianbao.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.ui.CopiedToMeView;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's number in the header follows the messages read, without a reload. */
class NotificationBellScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    NotificationService notifications;

    @Test
    void opening_a_message_with_view_marks_it_read_and_the_bell_counts_one_less_at_once() {
        TestAgency agency = testAgencies.create();
        notifications.notify(agency.handler(), NotificationKind.URGED, "请尽快办理第一件", "copied");
        notifications.notify(agency.handler(), NotificationKind.URGED, "请尽快办理第二件", "copied");
        login(agency.handler());
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(badge()).containsExactly("2");

        openFirstUnread();

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(CopiedToMeView.class);
        assertThat(badge()).as("the same header, counted again").containsExactly("1");
        assertThat(notifications.mine()).filteredOn(NotificationItem::read).hasSize(1);

        UI.getCurrent().navigate(NotificationsView.class);
        openFirstUnread();
        assertThat(badge()).as("nothing unread: no number").isEmpty();
    }

    private static void openFirstUnread() {
        Div row = _find(Div.class, spec -> spec.withClasses("notification unread"))
                .getFirst();
        _click(_get(row, Button.class, spec -> spec.withClasses("open-notification")));
    }

    private static List<String> badge() {
        return _find(Span.class, spec -> spec.withId("unread-count")).stream()
                .map(Span::getText)
                .toList();
    }
}
