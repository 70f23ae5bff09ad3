package cn.nianbao.deadline.ui;

import cn.nianbao.deadline.CalendarEntry;
import com.vaadin.flow.component.grid.Grid;

/** A list of calendar days: the date with its weekday, 放假 or 上班, and the note. */
class CalendarGrid extends Grid<CalendarEntry> {

    CalendarGrid(String id) {
        setId(id);
        addColumn(CalendarEntry::dateLabel).setHeader("日期").setKey("date").setAutoWidth(true);
        addColumn(CalendarEntry::kind).setHeader("放假 / 上班").setKey("kind").setAutoWidth(true);
        addColumn(CalendarEntry::note).setHeader("说明").setKey("note").setFlexGrow(1);
        setAllRowsVisible(true);
    }
}
