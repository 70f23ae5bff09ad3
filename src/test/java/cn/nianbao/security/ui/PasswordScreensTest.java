package cn.nianbao.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.desk.ui.InboxView;
import cn.nianbao.security.Passwords;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordScreensTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Passwords passwords;

    @Autowired
    AppUserRepository users;

    @Test
    void someone_whose_password_was_reset_reaches_nothing_but_the_password_page_until_they_change_it() {
        String handler = testAgencies.create().handler();
        passwords.setByAdministrator(users.findByUsername(handler).orElseThrow(), "Reset@2026pw");
        login(handler);

        UI.getCurrent().navigate("reports");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);

        type(_get(PasswordField.class, spec -> spec.withId("current-password")), "Reset@2026pw");
        type(_get(PasswordField.class, spec -> spec.withId("new-password")), "Own@2026choice");
        type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "Own@2026choice");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InboxView.class);
        UI.getCurrent().navigate("reports");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void a_new_password_that_breaks_the_policy_is_refused_with_the_reason_and_the_old_one_still_works() {
        String handler = testAgencies.create().handler();
        login(handler);
        UI.getCurrent().navigate("account/password");

        type(_get(PasswordField.class, spec -> spec.withId("current-password")), TestAgencies.PASSWORD);
        type(_get(PasswordField.class, spec -> spec.withId("new-password")), "abc");
        type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "abc");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("密码至少 8 位"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password"))
                        .getValue())
                .isEqualTo("abc");
    }
}
