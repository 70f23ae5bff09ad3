package cn.nianbao.admin.ui;

import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.admin.UserRow;
import cn.nianbao.base.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * 编辑 one account: name, agency, phone and e-mail. The server checks every field (a wrong one is named in the
 * message and nothing is saved); the dialog stays open with what was typed.
 */
class UserEditDialog extends Dialog {

    UserEditDialog(UserRow row, AgencyAdministration agencies, UserAdministration administration, Runnable saved) {
        setHeaderTitle("编辑 " + row.username());
        TextField name = new TextField("姓名");
        name.setId("edit-display-name");
        name.setValue(row.displayName());
        ComboBox<AgencyRow> agency = AgencyBox.of("所属机关", agencies);
        agency.setId("edit-agency");
        agencies.find(row.agencyId()).ifPresent(agency::setValue);
        TextField phone = new TextField("手机或电话");
        phone.setId("edit-phone");
        phone.setHelperText("11 位手机号或带区号的固定电话，可不填");
        phone.setValue(row.phone() == null ? "" : row.phone());
        // an EmailField would refuse a wrong address in the browser only; the server's message names the field
        TextField email = new TextField("电子邮箱");
        email.setId("edit-email");
        email.setHelperText("可不填");
        email.setValue(row.email() == null ? "" : row.email());
        FormLayout form = new FormLayout(name, agency, phone, email);
        add(form);
        Button save = new Button("保存", e -> {
            if (agency.getValue() == null) {
                Feedback.error("所属机关：请选择所属机关。");
                return;
            }
            if (Feedback.run(() -> administration.update(
                    row.id(), name.getValue(), agency.getValue().id(), phone.getValue(), email.getValue()))) {
                Feedback.success("已保存 " + row.username() + " 的账号信息。");
                close();
                saved.run();
            }
        });
        save.setId("edit-user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("取消", e -> close()), save);
        setWidth("min(36em, 95vw)");
    }
}
