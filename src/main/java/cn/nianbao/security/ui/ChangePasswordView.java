package cn.nianbao.security.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.security.PasswordPolicy;
import cn.nianbao.security.Passwords;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 修改密码: anyone signed in; the only page open to someone who must change their password first. */
@Route(StartPages.CHANGE_PASSWORD)
@PageTitle("修改密码 · 年报")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(Passwords passwords, CurrentActor currentActor) {
        PasswordPolicy policy = passwords.policy();
        add(new H2("修改密码"));
        Paragraph rules = new Paragraph("新密码至少 " + policy.minLength() + " 位，包含大写字母、小写字母、数字、其他符号中的至少 "
                + policy.minClasses() + " 类，不能包含用户名，不能与最近 " + policy.historySize() + " 次使用过的密码相同。");
        rules.setId("password-rules");
        PasswordField current = field("当前密码", "current-password");
        PasswordField next = field("新密码", "new-password");
        PasswordField repeat = field("再次输入新密码", "repeat-password");
        Button save = new Button("修改密码");
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                Feedback.error("两次输入的新密码不一致。");
                return;
            }
            Feedback.run(() -> {
                passwords.changeOwn(current.getValue(), next.getValue());
                Feedback.success("密码已修改。");
                UI.getCurrent().navigate("");
            });
        });
        if (passwords.mustChange(currentActor.require().userId())) {
            Paragraph first = new Paragraph("首次登录或密码已被管理员重置：请先设置您自己的密码，然后才能使用系统。");
            first.setId("must-change");
            add(first);
        }
        add(rules, current, next, repeat, save);
    }

    private static PasswordField field(String label, String id) {
        PasswordField field = new PasswordField(label);
        field.setId(id);
        field.setWidth("20em");
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        return field;
    }
}
