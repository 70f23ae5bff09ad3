package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.CopiedReport;
import cn.nianbao.report.ReportService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 抄送我的: reports colleagues copied to this person for reading, newest first. */
@Route("copied")
@PageTitle("抄送我的 · 年报")
@Menu(order = 1.5, title = "抄送我的")
@RolesAllowed({RoleNames.HANDLER, RoleNames.SECRECY_REVIEWER, RoleNames.SUPERVISOR, RoleNames.LEAD})
public class CopiedToMeView extends VerticalLayout {

    CopiedToMeView(ReportService reports) {
        add(new H2("抄送我的"));
        List<CopiedReport> copies = reports.copiedToMe();
        if (copies.isEmpty()) {
            Paragraph empty = new Paragraph("暂无抄送给您的报告。");
            empty.setId("copied-empty");
            add(empty);
            return;
        }
        Grid<CopiedReport> grid = new Grid<>();
        grid.setId("copied");
        grid.addComponentColumn(c -> new RouterLink(
                        c.title(),
                        ReportDetailView.class,
                        new RouteParameters("reportId", String.valueOf(c.reportId()))))
                .setHeader("报告")
                .setFlexGrow(3);
        grid.addColumn(CopiedReport::copiedByName).setHeader("抄送人");
        grid.addColumn(c -> ChinaTime.MINUTES.format(c.copiedAt())).setHeader("抄送时间");
        grid.addColumn(c -> c.remark() == null ? "" : c.remark())
                .setHeader("附言")
                .setKey("remark")
                .setFlexGrow(3);
        grid.setItems(copies);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
