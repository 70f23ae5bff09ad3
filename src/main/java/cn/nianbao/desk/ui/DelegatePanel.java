package cn.nianbao.desk.ui;

import cn.nianbao.desk.opinions.StockOpinions;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.ui.FindingsSummary;
import cn.nianbao.report.ui.HistoryList;
import cn.nianbao.report.ui.OpinionColumn;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** 委派给我: the delegate reads the report, gives an opinion and hands the task back (办毕); the delegator decides. */
final class DelegatePanel {

    private DelegatePanel() {}

    static Div of(
            ReportWorkflow workflow,
            ReportService reports,
            StockOpinions stockOpinions,
            WorkItem item,
            ReportView report,
            List<ReportHistoryItem> history) {
        Div main = ReviewPanel.reading(reports, report, history);
        TextArea opinion = TaskPage.opinionField("委派意见", "填写您的意见，办毕后任务交回委派人办理。");
        Button resolve = new Button("办毕");
        resolve.setId("resolve");
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        resolve.setDisableOnClick(true);
        String taskId = item.taskId();
        resolve.addClickListener(e ->
                TaskPage.decide(resolve, opinion, () -> workflow.resolve(taskId, opinion.getValue()), "已办毕，任务交回委派人。"));
        Div decision = new Div(
                new H2(item.step().label() + "（" + item.holding().label() + "）"),
                new FindingsSummary(reports.check(report.id())),
                new Div(opinion, new StockOpinionsPanel(stockOpinions, opinion), resolve));
        decision.addClassName("decision");
        return TaskPage.panel(
                main,
                TaskPage.side(
                        report.id(),
                        decision,
                        new OpinionColumn(history),
                        new HistoryList(report.id(), history, reports.versionedSteps(report.id()))));
    }
}
