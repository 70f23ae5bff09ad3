package cn.nianbao.admin.ui;

import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.admin.UserRow;
import cn.nianbao.admin.UserSearch;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 用户管理 (系统管理员): open accounts, edit them, reset passwords, disable and enable accounts, unlock those that
 * failed logins locked; searched and paged over thousands of accounts (the grid asks for one page at a time with a
 * count). Roles are given elsewhere (安全管理员); many accounts at once come from the Excel import.
 */
@Route("admin/users")
@PageTitle("用户管理 · 年报")
@Menu(order = 10, title = "用户管理")
@RolesAllowed(RoleNames.SYSTEM_ADMIN)
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final UserSearch search;
    private final AgencyAdministration agencies;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField filter = new TextField();

    UsersView(UserAdministration administration, UserSearch search, AgencyAdministration agencies) {
        this.administration = administration;
        this.search = search;
        this.agencies = agencies;
        setSizeFull();
        add(new H2("用户管理"), createForm(), toolbar(), grid);
        grid.setId("users");
        // the grid takes the rest of the screen's height rather than its default few rows
        grid.setSizeFull();
        setFlexGrow(1, grid);
        grid.addColumn(UserRow::username).setHeader("用户名").setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(UserRow::agencyName).setHeader("所属机关").setAutoWidth(true);
        grid.addColumn(UserRow::phone).setHeader("手机或电话").setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(UserRow::email).setHeader("电子邮箱").setWidth("15em");
        grid.addColumn(row -> row.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")))
                .setHeader("角色")
                .setAutoWidth(true);
        grid.addColumn(UsersView::state)
                .setHeader("状态")
                .setKey("state")
                .setAutoWidth(true)
                .setTooltipGenerator(row -> row.locked() ? "连续登录失败被锁定，到时自动解除；「解锁」立即解除" : "");
        grid.addComponentColumn(this::actions)
                .setHeader("操作")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                // on a laptop's screen the buttons stay in view rather than behind a horizontal scroll
                .setFrozenToEnd(true);
        grid.setItems(
                query -> search.page(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> search.count(filter.getValue()));
    }

    private HorizontalLayout toolbar() {
        filter.setId("user-search");
        filter.setPlaceholder("按用户名、姓名或所属机关查找");
        filter.setClearButtonVisible(true);
        filter.setWidth("min(24em, 90vw)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        RouterLink importLink = new RouterLink("从 Excel 导入机关和人员", PeopleImportView.class);
        importLink.setId("people-import-link");
        HorizontalLayout toolbar = new HorizontalLayout(filter, importLink);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    /** 正常, 已停用, or locked by failed logins until when. */
    static String state(UserRow row) {
        if (row.locked()) {
            return (row.enabled() ? "" : "已停用，") + "已锁定至 " + UserSearch.lockTime(row.lockedUntil());
        }
        return row.enabled() ? "正常" : "已停用";
    }

    private HorizontalLayout createForm() {
        TextField username = new TextField("用户名");
        username.setId("new-username");
        TextField displayName = new TextField("姓名");
        displayName.setId("new-display-name");
        ComboBox<AgencyRow> agency = AgencyBox.of("所属机关", agencies);
        agency.setId("new-user-agency");
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
        Button edit = new Button("编辑", e -> new UserEditDialog(row, agencies, administration, this::refresh).open());
        edit.addClassName("edit-user");
        edit.getElement().setAttribute("data-user", row.username());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset);
        if (row.locked()) {
            Button unlock = new Button("解锁", e -> {
                if (Feedback.run(() -> search.unlock(row.id()))) {
                    Feedback.success("已解锁 " + row.username() + "，可以重新登录。");
                    refresh();
                }
            });
            unlock.addClassName("unlock-user");
            unlock.getElement().setAttribute("data-user", row.username());
            actions.add(unlock);
        }
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.SMALL));
        return actions;
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
        grid.getDataProvider().refreshAll();
    }
}
