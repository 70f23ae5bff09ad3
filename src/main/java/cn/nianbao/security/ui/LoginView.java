package cn.nianbao.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("登录 · 年报")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setI18n(chinese());
        login.setForgotPasswordButtonVisible(false);
        add(new H1("年报 · 政府信息公开工作年度报告"), login,
                new Paragraph(new Anchor("/public", "查看已发布的年度报告（公开门户）")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    private static LoginI18n chinese() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle("登录");
        form.setUsername("用户名");
        form.setPassword("密码");
        form.setSubmit("登录");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("登录失败");
        error.setMessage("用户名或密码不正确。同一用户名连续输错 5 次将被锁定 15 分钟，锁定期间无法登录。");
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        return i18n;
    }
}
