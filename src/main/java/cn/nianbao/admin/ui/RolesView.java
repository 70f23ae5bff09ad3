package cn.nianbao.admin.ui;

import cn.nianbao.admin.RoleAdministration;
import cn.nianbao.admin.UserRow;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * 角色分配 (安全管理员): find a person by user name, name or agency, select them, tick their roles, save. 三员分立 is
 * checked by the service.
 */
@Route("admin/roles")
@PageTitle("角色分配 · 年报")
@Menu(order = 12, title = "角色分配")
@RolesAllowed(RoleNames.SECURITY_ADMIN)
public class RolesView extends VerticalLayout {

    private final RoleAdministration administration;
    private final Grid<UserRow> grid = new Grid<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("角色");
    private final Button save = new Button("保存角色");
    private final TextField filter = new TextField();

    RolesView(RoleAdministration administration) {
        this.administration = administration;
        grid.setId("role-users");
        grid.addColumn(UserRow::username).setHeader("用户名");
        grid.addColumn(UserRow::displayName).setHeader("姓名");
        grid.addColumn(UserRow::agencyName).setHeader("所属机关");
        grid.addColumn(row -> row.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")))
                .setHeader("角色");
        grid.asSingleSelect().addValueChangeListener(e -> {
            roles.setValue(
                    e.getValue() == null ? java.util.Set.of() : e.getValue().roles());
            save.setEnabled(e.getValue() != null);
        });
        roles.setId("roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        save.setId("save-roles");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> {
            UserRow selected = grid.asSingleSelect().getValue();
            if (selected != null && Feedback.run(() -> administration.assign(selected.id(), roles.getValue()))) {
                Feedback.success("已保存 " + selected.username() + " 的角色。");
                grid.deselectAll();
                grid.getDataProvider().refreshAll();
            }
        });
        filter.setId("role-user-search");
        filter.setPlaceholder("按用户名、姓名、所属机关或机关代码查找");
        filter.setClearButtonVisible(true);
        filter.setWidth("min(26em, 90vw)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        });
        add(new H2("角色分配"), new Paragraph("三员分立：系统管理员、安全管理员、审计管理员只能单独担任；管理员不能阅读或办理报告草稿。"), filter, grid, roles, save);
        // one page at a time with a count, as 用户管理: thousands of accounts are never loaded at once
        grid.setItems(
                query -> administration.page(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> administration.count(filter.getValue()));
    }
}
