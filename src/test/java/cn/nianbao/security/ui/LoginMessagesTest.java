package cn.nianbao.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.security.SsoProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the login page says after each kind of failure (the query LoginFailures and the timeout send it with). */
class LoginMessagesTest extends UiTest {

    @Test
    void a_locked_name_reads_the_minutes_left() {
        assertThat(messageAt("locked", "7")).isEqualTo("该用户名已被锁定，请 7 分钟后再试。");
    }

    @Test
    void an_address_that_failed_too_often_reads_so_with_the_minutes_left() {
        assertThat(messageAt("blocked", "12")).isEqualTo("此网络地址登录失败次数过多，已暂停登录，请 12 分钟后再试。");
    }

    @Test
    void a_wrong_password_reads_as_before_and_an_ended_session_says_it_timed_out() {
        assertThat(messageAt("error", "")).startsWith("用户名或密码不正确。");
        assertThat(messageAt("timeout", "")).isEqualTo("登录已超时，请重新登录。");
    }

    @Test
    void minutes_that_are_not_a_plausible_number_are_not_shown() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", "<b>99999</b>"));

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void without_single_sign_on_the_page_has_no_link_to_it() {
        UI.getCurrent().navigate("login");

        assertThat(_find(Anchor.class, spec -> spec.withId("sso-login"))).isEmpty();
    }

    @Test
    void with_single_sign_on_a_link_under_the_form_starts_it_outside_the_router() {
        LoginView page =
                new LoginView(new SsoProperties(true, "https://tyrz.example", "nianbao", "s", null, null, null));

        Anchor link = _get(page, Anchor.class, spec -> spec.withId("sso-login"));
        assertThat(link.getHref()).isEqualTo("/oauth2/authorization/nianbao-sso");
        assertThat(link.getText()).isEqualTo("统一身份认证登录");
        assertThat(link.isRouterIgnore())
                .as("the browser leaves for the provider")
                .isTrue();
    }

    @Test
    void a_refused_single_sign_on_reads_why_once_then_the_general_message() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(SsoFailures.MESSAGE, "统一身份认证的账号 nobody 在本系统中不存在，请联系系统管理员。");

        assertThat(messageAt("sso", "")).isEqualTo("统一身份认证的账号 nobody 在本系统中不存在，请联系系统管理员。");
        assertThat(messageAt("sso", "")).startsWith("统一身份认证登录未完成");
    }

    private static String messageAt(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, value));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // the form's i18n is a JSON property of the web component
        JsonNode i18n = (JsonNode) form.getElement().getPropertyRaw("i18n");
        return i18n.get("errorMessage").get("message").asString();
    }
}
