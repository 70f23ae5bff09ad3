package cn.nianbao.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.ParentLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame around the screens: the not-found page inside it, and a menu without entries that only redirect. */
class LayoutScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    /**
     * Karibu does not route an address without a view to the error page (UI.navigate ignores it), so this checks
     * that the page is declared inside the frame, as Vaadin then renders it for a browser.
     */
    @Test
    void the_not_found_page_sits_inside_the_main_layout_with_its_menu_and_header() {
        assertThat(NotFoundView.class.getAnnotation(ParentLayout.class))
                .extracting(ParentLayout::value)
                .isEqualTo(MainLayout.class);
    }

    @Test
    void the_three_administrators_have_no_work_list_entry_in_their_menu() {
        for (String administrator : List.of("sysadmin", "secadmin", "auditadmin")) {
            switchUser(administrator);
            UI.getCurrent().navigate("");
            assertThat(menu()).as(administrator).isNotEmpty().doesNotContain("待办");
        }
    }

    @Test
    void a_handler_keeps_the_work_list_entry() {
        login(testAgencies.create().handler());
        UI.getCurrent().navigate("");

        assertThat(menu()).first().isEqualTo("待办");
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
