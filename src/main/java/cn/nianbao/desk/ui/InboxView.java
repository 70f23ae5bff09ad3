package cn.nianbao.desk.ui;

import cn.nianbao.agency.Role;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.desk.DueWork;
import cn.nianbao.desk.WorkList;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 待办: the tasks this person may act on now, the most urgent first (overdue, then the nearest due date), each with
 * its due date and the working days left; overdue and due-soon tasks are marked. A task the person delegated shows
 * as 委派中 until it comes back, and opens the report to read.
 */
@Route("")
@PageTitle("待办 · 年报")
@Menu(order = 0, title = "待办")
@PermitAll
public class InboxView extends VerticalLayout {

    InboxView(WorkList work, CurrentActor currentActor) {
        List<DueWork> items = work.mine();
        add(new H2("待办"));
        if (items.isEmpty()) {
            add(empty(currentActor.require().has(Role.HANDLER)));
            return;
        }
        Grid<DueWork> grid = new Grid<>();
        grid.setId("inbox");
        // long titles and dates wrap instead of being cut off; the tooltip repeats them in full
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(due -> due.item().reportTitle())
                .setHeader("报告")
                .setKey("title")
                .setTooltipGenerator(due -> due.item().reportTitle())
                .setFlexGrow(3);
        grid.addColumn(due -> due.item().stepLabel()).setHeader("办理环节").setFlexGrow(1);
        grid.addColumn(due -> due.item().holdingLabel())
                .setHeader("状态")
                .setKey("holding")
                .setTooltipGenerator(due -> due.item().holdingLabel())
                .setFlexGrow(1);
        grid.addColumn(InboxView::arrived)
                .setHeader("到达时间")
                .setKey("arrived")
                .setTooltipGenerator(InboxView::arrived)
                .setFlexGrow(1);
        grid.addColumn(InboxView::dueOn)
                .setHeader("截止日期")
                .setKey("due")
                .setTooltipGenerator(InboxView::dueOn)
                .setFlexGrow(1);
        grid.addComponentColumn(InboxView::standing)
                .setHeader("剩余时间")
                .setKey("standing")
                .setFlexGrow(1);
        grid.setPartNameGenerator(InboxView::urgency);
        grid.addComponentColumn(InboxView::openButton)
                .setHeader("操作")
                .setKey("open")
                .setFlexGrow(0)
                .setWidth("8em")
                // on a phone the grid scrolls sideways inside itself: the way into the task stays in view
                .setFrozenToEnd(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(grid);
    }

    /** Where to start when there is nothing to do: a handler creates the agency's reports under 本机关报告. */
    private static Paragraph empty(boolean handler) {
        Paragraph empty = new Paragraph("暂无待办任务。");
        empty.setId("inbox-empty");
        if (handler) {
            RouterLink reports = new RouterLink("本机关报告", ReportsView.class);
            reports.setId("inbox-start");
            empty.add(new Span("新建或继续本机关的年度报告，请到「"), reports, new Span("」。"));
        } else {
            empty.add(new Span("报告提交到您的环节时会出现在这里。"));
        }
        return empty;
    }

    private static String arrived(DueWork due) {
        return ChinaTime.MINUTES.format(due.item().arrivedAt());
    }

    private static String dueOn(DueWork due) {
        return due.deadline() == null ? "—" : due.deadline().dueOn();
    }

    /** 已逾期 3 天 / 今天到期 / 剩余 2 个工作日, marked overdue or due-soon; a correction has no due date. */
    static Span standing(DueWork item) {
        Span standing =
                new Span(item.deadline() == null ? "更正（无截止日期）" : item.deadline().standing());
        standing.addClassName("deadline");
        String urgency = urgency(item);
        if (urgency != null) {
            standing.addClassName(urgency);
        }
        return standing;
    }

    private static String urgency(DueWork item) {
        if (item.deadline() == null) {
            return null;
        }
        return item.deadline().overdue() ? "overdue" : item.deadline().dueSoon() ? "due-soon" : null;
    }

    private static Button openButton(DueWork due) {
        boolean delegated = due.item().holding() == WorkItem.Holding.DELEGATED_BY_ME;
        Button button = new Button(delegated ? "查看" : "办理", e -> open(due));
        button.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        button.addClassName("open-task");
        button.getElement().setAttribute("data-report", String.valueOf(due.reportId()));
        return button;
    }

    private static void open(DueWork due) {
        WorkItem item = due.item();
        if (item.holding() == WorkItem.Holding.DELEGATED_BY_ME) {
            // the delegate holds the task until 办毕: the delegator reads the report meanwhile
            UI.getCurrent()
                    .navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(item.reportId())));
        } else if (item.part() != null) {
            UI.getCurrent().navigate(PartTaskView.class, TaskView.parameters(item.taskId()));
        } else {
            UI.getCurrent().navigate(TaskView.class, TaskView.parameters(item.taskId()));
        }
    }
}
