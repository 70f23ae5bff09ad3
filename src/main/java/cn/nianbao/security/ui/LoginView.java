package cn.nianbao.security.ui;

import cn.nianbao.base.ui.ChineseI18n;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * The login form. The page says why the last attempt failed from its query ({@link LoginFailures} and
 * {@link SessionTimeoutEntryPoint} send people here with it); the form posts to Spring Security with its CSRF token.
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

    static final String WRONG_PASSWORD = "用户名或密码不正确。同一用户名连续输错 5 次将被锁定 15 分钟，锁定期间无法登录。";

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction(ROUTE);
        login.setI18n(chinese("登录失败", WRONG_PASSWORD));
        login.setForgotPasswordButtonVisible(false);
        add(new H1("年报 · 政府信息公开工作年度报告"), login, new Paragraph(new Anchor("/public", "查看已发布的年度报告（公开门户）")));
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
        } else if (query.getParameters().containsKey(ERROR)) {
            show("登录失败", WRONG_PASSWORD);
        }
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
