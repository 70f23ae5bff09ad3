package cn.nianbao.admin.ui;

import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.AgencyRow;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A choice of agency over thousands: the box asks the server for one page of the agencies whose name or code holds
 * what is typed, never for the whole list (用户管理's forms, 机关管理's 上级机关).
 */
final class AgencyBox {

    private AgencyBox() {}

    static ComboBox<AgencyRow> of(String label, AgencyAdministration agencies) {
        ComboBox<AgencyRow> box = new ComboBox<>(label);
        box.setItemLabelGenerator(AgencyRow::name);
        box.setItems(
                query -> agencies.page(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> agencies.count(query.getFilter().orElse("")));
        return box;
    }
}
