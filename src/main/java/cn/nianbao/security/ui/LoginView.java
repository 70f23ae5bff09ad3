package cn.nianbao.security.ui;

import cn.nianbao.base.ui.ChineseI18n;
import cn.nianbao.security.SsoProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * The login form. The page says why the last attempt failed from its query ({@link LoginFailures} and
 * {@link SessionTimeoutEntryPoint} send people here with it); the form posts to Spring Security with its CSRF token.
 * With single sign-on configured ({@link SsoProperties}) a link under the form starts it; why it refused someone comes
 * from the session ({@link SsoFailures}).
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("登录 · 年报")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "login";
    static final String ERROR = "error";
    static final String LOCKED = "locked";
    static final String BLOCKED = "blocked";
    static final String TIMEOUT = "timeout";
    static final String SSO = "sso";

    static final String WRONG_PASSWORD = "用户名或密码不正确。同一用户名连续输错 5 次将被锁定 15 分钟，锁定期间无法登录。";

    private final LoginForm login = new LoginForm();

    public LoginView(SsoProperties sso) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction(ROUTE);
        login.setI18n(chinese("登录失败", WRONG_PASSWORD));
        login.setForgotPasswordButtonVisible(false);
        add(new H1("年报 · 政府信息公开工作年度报告"), login);
        if (sso.enabled()) {
            add(ssoLink(sso.buttonLabel()));
        }
        add(new Paragraph(new Anchor("/public", "查看已发布的年度报告（公开门户）")));
    }

    /** A plain link, not a route: the browser leaves for the provider's own login page. */
    private static Anchor ssoLink(String label) {
        Anchor link = new Anchor(SsoProperties.START_PATH, label);
        link.setId("sso-login");
        link.setRouterIgnore(true);
        link.addClassName("sso-login");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> locked = minutes(query, LOCKED);
        Optional<String> blocked = minutes(query, BLOCKED);
        if (locked.isPresent()) {
            show("用户名已被锁定", "该用户名已被锁定，请 " + locked.get() + " 分钟后再试。");
        } else if (blocked.isPresent()) {
            show("暂停登录", "此网络地址登录失败次数过多，已暂停登录，请 " + blocked.get() + " 分钟后再试。");
        } else if (query.getParameters().containsKey(TIMEOUT)) {
            show(IdleSessions.EXPIRED_CAPTION, "登录已超时，请重新登录。");
        } else if (query.getParameters().containsKey(SSO)) {
            show("统一身份认证登录未成功", ssoRefusal().orElse("统一身份认证登录未完成，请重试，或使用本系统的用户名和密码登录。"));
        } else if (query.getParameters().containsKey(ERROR)) {
            show("登录失败", WRONG_PASSWORD);
        }
    }

    /** The refusal {@link SsoFailures} left in the session, shown once. */
    private static Optional<String> ssoRefusal() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object message = session.getAttribute(SsoFailures.MESSAGE);
        session.removeAttribute(SsoFailures.MESSAGE);
        return message instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private void show(String title, String message) {
        login.setI18n(chinese(title, message));
        login.setError(true);
    }

    /** The minutes a refusal named, if the query holds a plausible number (anyone can type a query). */
    private static Optional<String> minutes(QueryParameters query, String parameter) {
        return query.getSingleParameter(parameter).filter(value -> value.matches("[1-9][0-9]{0,2}"));
    }

    private static LoginI18n chinese(String errorTitle, String errorMessage) {
        return ChineseI18n.login(errorTitle, errorMessage);
    }
}
