package cn.nianbao.admin.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.security.PasswordPolicy;
import cn.nianbao.security.Passwords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 密码策略 (安全管理员): length, character classes and how many earlier passwords may not come back. */
@Route("admin/password-policy")
@PageTitle("密码策略 · 年报")
@Menu(order = 13, title = "密码策略")
@RolesAllowed(RoleNames.SECURITY_ADMIN)
public class PasswordPolicyView extends VerticalLayout {

    PasswordPolicyView(Passwords passwords) {
        PasswordPolicy policy = passwords.policy();
        IntegerField minLength = field("最短长度", "policy-min-length", policy.minLength());
        IntegerField minClasses = field("至少包含的字符类别数（大写、小写、数字、符号）", "policy-min-classes", policy.minClasses());
        IntegerField history = field("不得重复使用最近几次的密码", "policy-history", policy.historySize());
        Button save = new Button("保存策略", e -> {
            if (minLength.getValue() == null || minClasses.getValue() == null || history.getValue() == null) {
                Feedback.error("请填写全部三项。");
                return;
            }
            if (Feedback.run(() -> passwords.updatePolicy(
                    new PasswordPolicy(minLength.getValue(), minClasses.getValue(), history.getValue())))) {
                Feedback.success("密码策略已保存，新设置的密码按新策略检查。");
            }
        });
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2("密码策略"), minLength, minClasses, history, save);
    }

    private static IntegerField field(String label, String id, int value) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setValue(value);
        field.setWidth("24em");
        return field;
    }
}
