package cn.nianbao.desk.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.desk.DueWork;
import cn.nianbao.desk.WorkList;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 待办: the tasks this person may act on now, the most urgent first (overdue, then the nearest due date), each with
 * its due date and the working days left; overdue and due-soon tasks are marked.
 */
@Route("")
@PageTitle("待办 · 年报")
@Menu(order = 0, title = "待办")
@PermitAll
public class InboxView extends VerticalLayout {

    InboxView(WorkList work) {
        List<DueWork> items = work.mine();
        add(new H2("待办"));
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph("暂无待办任务。");
            empty.setId("inbox-empty");
            add(empty);
            return;
        }
        Grid<DueWork> grid = new Grid<>();
        grid.setId("inbox");
        grid.addColumn(due -> due.item().reportTitle()).setHeader("报告").setFlexGrow(3);
        grid.addColumn(due -> due.item().stepLabel()).setHeader("办理环节").setFlexGrow(1);
        grid.addColumn(due -> due.item().holding().label()).setHeader("状态").setFlexGrow(1);
        grid.addColumn(due -> ChinaTime.MINUTES.format(due.item().arrivedAt()))
                .setHeader("到达时间")
                .setFlexGrow(1);
        grid.addColumn(item -> item.deadline() == null ? "—" : item.deadline().dueOn())
                .setHeader("截止日期")
                .setFlexGrow(1);
        grid.addComponentColumn(InboxView::standing)
                .setHeader("剩余时间")
                .setKey("standing")
                .setFlexGrow(1);
        grid.setPartNameGenerator(InboxView::urgency);
        grid.addComponentColumn(InboxView::openButton)
                .setHeader("操作")
                .setFlexGrow(0)
                .setWidth("8em");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(grid);
    }

    /** 已逾期 3 天 / 今天到期 / 剩余 2 个工作日, marked overdue or due-soon; a correction has no due date. */
    private static Span standing(DueWork item) {
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
        Button button = new Button("办理", e -> open(due));
        button.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        button.addClassName("open-task");
        button.getElement().setAttribute("data-report", String.valueOf(due.reportId()));
        return button;
    }

    private static void open(DueWork due) {
        WorkItem item = due.item();
        if (item.part() != null) {
            UI.getCurrent().navigate(PartTaskView.class, TaskView.parameters(item.taskId()));
        } else {
            UI.getCurrent().navigate(TaskView.class, TaskView.parameters(item.taskId()));
        }
    }
}
