package cn.nianbao.admin.ui;

import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.YearField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * 机关管理 (系统管理员): the agency tree. Selecting a row fills the form, which then saves that agency; with nothing
 * selected it adds a new one.
 */
@Route("admin/agencies")
@PageTitle("机关管理 · 年报")
@Menu(order = 11, title = "机关管理")
@RolesAllowed(RoleNames.SYSTEM_ADMIN)
public class AgenciesView extends VerticalLayout {

    private final AgencyAdministration administration;
    private final TreeGrid<AgencyRow> tree = new TreeGrid<>();
    private final TextField code = new TextField("机关代码");
    private final TextField name = new TextField("机关名称");
    private final Select<AgencyKind> kind = new Select<>();
    private final ComboBox<AgencyRow> parent = new ComboBox<>("上级机关");
    private final YearField firstYear;
    private List<AgencyRow> rows = List.of();

    AgenciesView(AgencyAdministration administration) {
        this.administration = administration;
        code.setId("agency-code");
        name.setId("agency-name");
        name.setWidth("18em");
        kind.setId("agency-kind");
        kind.setLabel("机关类型");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(AgencyKind::label);
        kind.setValue(AgencyKind.DEPARTMENT);
        parent.setId("agency-parent");
        parent.setItemLabelGenerator(AgencyRow::name);
        parent.setClearButtonVisible(true);
        firstYear = new YearField("首个报告年度", administration.thisYear());
        firstYear.setId("agency-first-year");
        firstYear.setHelperText("新设机关从设立当年起编报；留空：各年度均须编报");
        firstYear.setWidth("17em");
        firstYear.setClearButtonVisible(true);
        Button save = new Button("保存", e -> save());
        save.setId("save-agency");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button clear = new Button("新建", e -> tree.deselectAll());
        HorizontalLayout form = new HorizontalLayout(code, name, kind, parent, firstYear, save, clear);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        tree.setId("agencies");
        tree.addHierarchyColumn(AgencyRow::name).setHeader("机关名称");
        tree.addColumn(AgencyRow::code).setHeader("代码");
        tree.addColumn(row -> row.kind().label()).setHeader("类型");
        tree.addColumn(row -> row.firstReportYear() == null ? "各年度" : row.firstReportYear() + " 年起")
                .setHeader("编报年度");
        tree.asSingleSelect().addValueChangeListener(e -> fill(e.getValue()));
        add(new H2("机关管理"), form, tree);
        refresh();
    }

    private void fill(AgencyRow row) {
        code.setReadOnly(row != null);
        code.setValue(row == null ? "" : row.code());
        name.setValue(row == null ? "" : row.name());
        kind.setValue(row == null ? AgencyKind.DEPARTMENT : row.kind());
        firstYear.setInvalid(false);
        firstYear.setValue(
                row == null
                        ? String.valueOf(administration.thisYear())
                        : row.firstReportYear() == null ? "" : String.valueOf(row.firstReportYear()));
        parent.setValue(
                row == null
                        ? null
                        : rows.stream()
                                .filter(r -> Objects.equals(r.id(), row.parentId()))
                                .findFirst()
                                .orElse(null));
    }

    private void save() {
        AgencyRow selected = tree.asSingleSelect().getValue();
        Long parentId = parent.getValue() == null ? null : parent.getValue().id();
        Integer first = null;
        if (!firstYear.getValue().isBlank()) {
            OptionalInt typed = firstYear.year();
            if (typed.isEmpty()) {
                return;
            }
            first = typed.getAsInt();
        }
        Integer firstReportYear = first;
        AgencyRow[] saved = new AgencyRow[1];
        if (Feedback.run(() -> saved[0] = selected == null
                ? administration.create(code.getValue(), name.getValue(), kind.getValue(), parentId, firstReportYear)
                : administration.update(selected.id(), name.getValue(), kind.getValue(), parentId, firstReportYear))) {
            Feedback.success("已保存机关「" + saved[0].name() + "」。");
            refresh();
            reselect(saved[0].id());
        }
    }

    /** The saved agency stays selected with its form filled (上级机关 too), so saving it again updates it. */
    private void reselect(long agencyId) {
        rows.stream().filter(r -> r.id() == agencyId).findFirst().ifPresent(row -> {
            tree.select(row);
            fill(row);
        });
    }

    private void refresh() {
        rows = administration.list();
        tree.setItems(
                rows.stream().filter(r -> r.parentId() == null).toList(),
                row -> rows.stream()
                        .filter(r -> Objects.equals(r.parentId(), row.id()))
                        .toList());
        tree.expandRecursively(rows, 8);
        parent.setItems(rows);
    }
}
