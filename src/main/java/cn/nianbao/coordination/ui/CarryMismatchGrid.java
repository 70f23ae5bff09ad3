package cn.nianbao.coordination.ui;

import cn.nianbao.coordination.CarryMismatch;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

/** The agencies whose 上年结转 is not last year's 结转下年度, column by column, each with both numbers. */
final class CarryMismatchGrid extends Grid<CarryMismatch> {

    CarryMismatchGrid() {
        setId("area-carry-mismatches");
        addColumn(CarryMismatch::agencyName).setHeader("机关").setFlexGrow(3);
        addColumn(CarryMismatch::column).setHeader("申请人类别");
        addColumn(CarryMismatch::carriedIn).setHeader("本年报告：上年结转");
        addColumn(CarryMismatch::lastYearCarriedOut).setHeader("上年报告：结转下年度");
        addComponentColumn(m -> new Anchor("reports/" + m.reportId(), "查看")).setHeader("报告");
        setAllRowsVisible(true);
    }
}
