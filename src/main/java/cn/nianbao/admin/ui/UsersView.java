package cn.nianbao.admin.ui;

import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.admin.UserRow;
import cn.nianbao.agency.HandedOverWork;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 用户管理 (系统管理员): open accounts, reset passwords, disable and enable accounts. Roles are given elsewhere. */
@Route("admin/users")
@PageTitle("用户管理 · 年报")
@Menu(order = 10, title = "用户管理")
@RolesAllowed(RoleNames.SYSTEM_ADMIN)
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final Grid<UserRow> grid = new Grid<>();

    UsersView(UserAdministration administration, AgencyAdministration agencies) {
        this.administration = administration;
        setSizeFull();
        add(new H2("用户管理"), createForm(agencies), grid);
        grid.setId("users");
        // the grid takes the rest of the screen's height rather than its default few rows
        grid.setSizeFull();
        setFlexGrow(1, grid);
        grid.addColumn(UserRow::username).setHeader("用户名").setSortable(true);
        grid.addColumn(UserRow::displayName).setHeader("姓名");
        grid.addColumn(UserRow::agencyName).setHeader("所属机关").setSortable(true);
        grid.addColumn(row -> row.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")))
                .setHeader("角色");
        grid.addColumn(row -> row.enabled() ? "正常" : "已停用").setHeader("状态");
        grid.addComponentColumn(this::actions).setHeader("操作").setKey("actions").setAutoWidth(true);
        refresh();
    }

    private HorizontalLayout createForm(AgencyAdministration agencies) {
        TextField username = new TextField("用户名");
        username.setId("new-username");
        TextField displayName = new TextField("姓名");
        displayName.setId("new-display-name");
        ComboBox<AgencyRow> agency = new ComboBox<>("所属机关", agencies.list());
        agency.setId("new-user-agency");
        agency.setItemLabelGenerator(AgencyRow::name);
        PasswordField password = new PasswordField("初始密码");
        password.setId("new-user-password");
        Button create = new Button("新建用户", e -> {
            if (agency.getValue() == null) {
                Feedback.error("请选择所属机关。");
                return;
            }
            if (Feedback.run(() -> administration.create(
                    username.getValue(),
                    displayName.getValue(),
                    agency.getValue().id(),
                    password.getValue()))) {
                Feedback.success("已新建用户 " + username.getValue().strip() + "，首次登录须修改密码；角色由安全管理员分配。");
                username.clear();
                displayName.clear();
                password.clear();
                refresh();
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, displayName, agency, password, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout actions(UserRow row) {
        Button toggle = new Button(row.enabled() ? "停用" : "启用", e -> {
            List<HandedOverWork> handedOver = new ArrayList<>();
            if (Feedback.run(() -> {
                if (row.enabled()) {
                    handedOver.addAll(administration.disable(row.id()));
                } else {
                    administration.enable(row.id());
                }
            })) {
                Feedback.success(row.enabled() ? disabledMessage(row, handedOver) : "已启用 " + row.username());
                refresh();
            }
        });
        toggle.addClassName(row.enabled() ? "disable-user" : "enable-user");
        toggle.getElement().setAttribute("data-user", row.username());
        Button reset = new Button("重置密码", e -> resetDialog(row).open());
        reset.addClassName("reset-password");
        reset.getElement().setAttribute("data-user", row.username());
        for (Button button : new Button[] {toggle, reset}) {
            button.addThemeVariants(ButtonVariant.SMALL);
        }
        return new HorizontalLayout(toggle, reset);
    }

    /** Says exactly who holds each of the person's tasks now, or that nobody could take it and who was told. */
    static String disabledMessage(UserRow row, List<HandedOverWork> handedOver) {
        String disabled = "已停用 " + row.displayName() + "（" + row.username() + "）";
        if (handedOver.isEmpty()) {
            return disabled + "，其名下没有待办任务。";
        }
        return disabled + "。"
                + handedOver.stream()
                        .map(work -> "「" + work.reportTitle() + "」" + work.step() + "："
                                + (work.isTaken()
                                        ? "已转交 " + work.holder()
                                        : "无人接手（" + work.whyNobody() + "），已通知本机关分管领导、主要领导和上级协调员"))
                        .collect(Collectors.joining("；"))
                + "。";
    }

    private Dialog resetDialog(UserRow row) {
        Dialog dialog = new Dialog("重置 " + row.displayName() + " 的密码");
        PasswordField password = new PasswordField("新密码");
        password.setId("reset-password-value");
        password.setHelperText("用户下次登录时须修改此密码");
        password.setWidthFull();
        Button save = new Button("重置", e -> {
            if (Feedback.run(() -> administration.resetPassword(row.id(), password.getValue()))) {
                Feedback.success("已重置 " + row.username() + " 的密码。");
                dialog.close();
            }
        });
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.setWidth("min(28em, 95vw)");
        dialog.add(password);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        return dialog;
    }

    private void refresh() {
        grid.setItems(administration.list());
    }
}
