package cn.nianbao.base.ui;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in screen: the menu (built from the views' {@code @Menu}, so the layout knows no
 * feature), who is signed in, in which agency and roles, and the way out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AgencyDirectory agencies, AuthenticationContext authentication, List<HeaderWidget> widgets) {
        Span brand = new Span("年报 · 政府信息公开工作年度报告");
        brand.addClassName("brand");
        HorizontalLayout user = new HorizontalLayout();
        user.addClassName("user-box");
        authentication.getPrincipalName().flatMap(agencies::describePerson).ifPresent(line -> {
            widgets.forEach(widget -> user.add(widget.create()));
            Span person = new Span(line);
            person.addClassName("user-line");
            user.add(person);
        });
        Button logout = new Button("退出登录", e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        Button password =
                new Button("修改密码", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.TERTIARY);
        password.setId("change-own-password");
        user.add(password, logout);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, user);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(brand);
        addToNavbar(header);
        addToDrawer(menu(hasWorkList(authentication)));
        setPrimarySection(Section.DRAWER);
    }

    /**
     * 待办 (the start page) holds the chain's tasks; whoever has no role in the chain (the 三员 administrators, a
     * coordinator only) is sent on to their own screen from there, so the menu does not offer it to them.
     */
    private static boolean hasWorkList(AuthenticationContext authentication) {
        return authentication.hasAnyRole(Role.CHAIN.stream().map(Role::name).toList());
    }

    private static SideNav menu(boolean withWorkList) {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> withWorkList || !isStartPage(entry.path()))
                .forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        SideNavItem portal = new SideNavItem("公开门户", "/public");
        portal.setOpenInNewBrowserTab(true);
        nav.addItem(portal);
        return nav;
    }

    private static boolean isStartPage(String path) {
        return path.isEmpty() || path.equals("/");
    }
}
