package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.deadline.Deadline;
import cn.nianbao.desk.DueWork;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What the draft, review and delegate panels of a task screen share: the layout, the return banner, a decision. */
final class TaskPage {

    private TaskPage() {}

    /** The panel's two columns, laid out by the task page's grid ({@code .task-panel} is {@code display: contents}). */
    static Div panel(Component main, Div side) {
        Div panel = new Div(main, side);
        panel.addClassName("task-panel");
        return panel;
    }

    static Div side(long reportId, Component... components) {
        RouterLink diagram = new RouterLink(
                "查看流程图", ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));
        diagram.setId("to-report-page");
        Div side = new Div(components);
        side.add(diagram);
        side.addClassName("task-side");
        return side;
    }

    /** The opinion of the latest return, if the last decision on the report was a return (to this step). */
    static Optional<Component> lastReturn(List<ReportHistoryItem> history) {
        Optional<ReportHistoryItem> lastDecision = history.reversed().stream()
                .filter(item -> item.action().isDecision())
                .findFirst();
        if (lastDecision.isEmpty() || lastDecision.get().action() != HistoryAction.RETURNED) {
            return Optional.empty();
        }
        ReportHistoryItem item = lastDecision.get();
        Div banner = new Div(
                new Paragraph("退回意见（" + item.stage().label() + " · " + item.actorName() + "）："),
                new Paragraph(item.opinion()));
        banner.addClassName("return-banner");
        banner.setId("return-opinion");
        return Optional.of(banner);
    }

    static TextArea opinionField(String label, String helper) {
        TextArea opinion = new TextArea(label);
        opinion.setId("opinion");
        opinion.setWidthFull();
        TextLimits.limit(opinion, 2000, label);
        opinion.setHelperText(helper);
        return opinion;
    }

    /**
     * A decision, refused (nothing decided) while {@code opinion} is longer than may be saved; done, the person goes
     * back to 待办.
     */
    static void decide(Button button, TextArea opinion, Runnable action, String success) {
        decide(button, opinion, action, () -> success);
    }

    /** … with a message that depends on where the decision took the report (read after it was made). */
    static void decide(Button button, TextArea opinion, Runnable action, Supplier<String> success) {
        if (Feedback.run(() -> {
            TextLimits.require(opinion);
            action.run();
        })) {
            Feedback.success(success.get());
            UI.getCurrent().navigate(InboxView.class);
        } else {
            button.setEnabled(true);
        }
    }

    /**
     * The report's due date at the top of the panel's side column, as 待办 says it (报告截止日期：2027年1月31日 剩余 40
     * 个工作日): the same on the draft, part, review and delegate screens.
     */
    static void showDue(Component panel, WorkItem item, Deadline deadline) {
        Div due =
                new Div(new Span("报告截止日期：" + deadline.dueOn() + " "), InboxView.standing(new DueWork(item, deadline)));
        due.setId("task-due");
        due.addClassName("task-due");
        sideOf(panel).ifPresent(side -> side.addComponentAsFirst(due));
    }

    private static Optional<Div> sideOf(Component component) {
        if (component instanceof Div div && div.hasClassName("task-side")) {
            return Optional.of(div);
        }
        return component
                .getChildren()
                .map(TaskPage::sideOf)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Shows the task anew after a claim or hand-over; a task that went to someone else then says it is gone. */
    static void reload() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
