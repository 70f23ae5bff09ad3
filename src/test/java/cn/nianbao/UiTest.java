package cn.nianbao;

import cn.nianbao.security.Logins;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinServletRequest;
import java.lang.reflect.Method;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Screens without a browser (Karibu-Testing): the real views, services and database, with a faked servlet
 * environment. {@link #login} signs a demo user in as Spring Security and Vaadin's access checks see it.
 */
@NianbaoTest
public abstract class UiTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Logins logins;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("cn.nianbao");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logins.logout();
        MockVaadin.tearDown();
    }

    /** Another person at another browser: a new session, then their login. */
    protected void switchUser(String username) {
        logins.logout();
        MockVaadin.tearDown();
        setUpVaadin();
        login(username);
    }

    protected void login(String username) {
        logins.login(username);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Types a value as the browser would (a client-side change). Karibu's own _setValue calls a Vaadin internal
     * that 25.2 no longer has, so this goes through AbstractField's protected setModelValue(value, fromClient).
     */
    protected static <V> void type(AbstractField<?, V> field, V value) {
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(UiTest::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
