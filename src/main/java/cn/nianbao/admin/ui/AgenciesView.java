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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 机关管理 (系统管理员): the agencies with their 上级机关, searched by name or code and paged over thousands (the
 * grid asks for one page at a time with a count; the 上级机关 box, too, as typed). Selecting a row fills the form,
 * which then saves that agency; with nothing selected it adds a new one.
 */
@Route("admin/agencies")
@PageTitle("机关管理 · 年报")
@Menu(order = 11, title = "机关管理")
@RolesAllowed(RoleNames.SYSTEM_ADMIN)
public class AgenciesView extends VerticalLayout {

    private final AgencyAdministration administration;
    private final Grid<Listed> list = new Grid<>();
    private final TextField filter = new TextField();
    private final TextField code = new TextField("机关代码");
    private final TextField name = new TextField("机关名称");
    private final Select<AgencyKind> kind = new Select<>();
    private final ComboBox<AgencyRow> parent;
    private final YearField firstYear;

    /** A row of the list: the agency and the name of its 上级机关 (empty for a top agency). */
    record Listed(AgencyRow agency, String parentName) {}

    AgenciesView(AgencyAdministration administration) {
        this.administration = administration;
        this.parent = AgencyBox.of("上级机关", administration);
        code.setId("agency-code");
        name.setId("agency-name");
        name.setWidth("18em");
        kind.setId("agency-kind");
        kind.setLabel("机关类型");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(AgencyKind::label);
        kind.setValue(AgencyKind.DEPARTMENT);
        parent.setId("agency-parent");
        parent.setClearButtonVisible(true);
        firstYear = new YearField("首个报告年度", administration.thisYear());
        firstYear.setId("agency-first-year");
        firstYear.setHelperText("新设机关从设立当年起编报；留空：各年度均须编报");
        firstYear.setWidth("17em");
        firstYear.setClearButtonVisible(true);
        Button save = new Button("保存", e -> save());
        save.setId("save-agency");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button clear = new Button("新建", e -> list.deselectAll());
        HorizontalLayout form = new HorizontalLayout(code, name, kind, parent, firstYear, save, clear);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        list.setId("agencies");
        list.addColumn(l -> l.agency().name()).setHeader("机关名称").setFlexGrow(2);
        list.addColumn(l -> l.agency().code()).setHeader("代码");
        list.addColumn(l -> l.agency().kind().label()).setHeader("类型");
        list.addColumn(Listed::parentName).setHeader("上级机关").setFlexGrow(2);
        list.addColumn(l -> l.agency().firstReportYear() == null
                        ? "各年度"
                        : l.agency().firstReportYear() + " 年起")
                .setHeader("编报年度");
        list.asSingleSelect()
                .addValueChangeListener(
                        e -> fill(e.getValue() == null ? null : e.getValue().agency()));
        list.setItems(
                query -> page(filter.getValue(), query.getOffset(), query.getLimit()),
                query -> administration.count(filter.getValue()));
        filter.setId("agency-search");
        filter.setPlaceholder("按机关名称或代码查找");
        filter.setClearButtonVisible(true);
        filter.setWidth("min(24em, 90vw)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            list.deselectAll();
            refresh();
        });
        add(new H2("机关管理"), form, filter, list);
    }

    /** One page of the list with its 上级机关's names, read in one more query. */
    private Stream<Listed> page(String text, int offset, int limit) {
        List<AgencyRow> rows = administration.page(text, offset, limit);
        Map<Long, String> parents = administration.namesOf(
                rows.stream().map(AgencyRow::parentId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> new Listed(row, row.parentId() == null ? "" : parents.getOrDefault(row.parentId(), "")));
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
                row == null || row.parentId() == null
                        ? null
                        : administration.find(row.parentId()).orElse(null));
    }

    private void save() {
        AgencyRow selected = list.asSingleSelect().getValue() == null
                ? null
                : list.asSingleSelect().getValue().agency();
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
            reselect(saved[0]);
        }
    }

    /** The saved agency stays selected with its form filled (上级机关 too), so saving it again updates it. */
    private void reselect(AgencyRow saved) {
        String parentName = saved.parentId() == null
                ? ""
                : administration.namesOf(Set.of(saved.parentId())).getOrDefault(saved.parentId(), "");
        list.select(new Listed(saved, parentName));
        fill(saved);
    }

    private void refresh() {
        list.getDataProvider().refreshAll();
    }
}
