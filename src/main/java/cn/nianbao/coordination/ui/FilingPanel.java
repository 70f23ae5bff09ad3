package cn.nianbao.coordination.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.coordination.FilingRule;
import cn.nianbao.coordination.FilingRules;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/**
 * 先备案后公布 for the year shown, and the reports waiting for this coordinator's 备案: a coordinator's 待办 is here,
 * on their own screen, rather than on a 待办 page they otherwise never need.
 */
class FilingPanel extends VerticalLayout {

    private final FilingRules rules;
    private final ReportWorkflow workflow;
    private final Checkbox required = new Checkbox();
    private final Paragraph since = new Paragraph();
    private final Grid<WorkItem> waiting = new Grid<>();
    private final H3 waitingTitle = new H3();
    private int year;

    FilingPanel(FilingRules rules, ReportWorkflow workflow) {
        this.rules = rules;
        this.workflow = workflow;
        setPadding(false);
        setSpacing(false);
        required.setId("filing-required");
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(e.getValue());
            }
        });
        since.setId("filing-since");
        waitingTitle.setId("filing-waiting-title");
        waiting.setId("filing-waiting");
        waiting.setAllRowsVisible(true);
        waiting.addColumn(item -> item.report().title()).setHeader("报告").setFlexGrow(3);
        waiting.addColumn(item -> ChinaTime.MINUTES.format(item.arrivedAt())).setHeader("签发后送达");
        waiting.addComponentColumn(item -> {
                    Anchor open = new Anchor("tasks/" + item.taskId(), "办理备案");
                    open.setId("file-" + item.report().reportId());
                    return open;
                })
                .setHeader("操作")
                .setKey("open");
        add(required, since, waitingTitle, waiting);
    }

    void showYear(int wanted) {
        year = wanted;
        required.setLabel("先备案后公布：本辖区机关的 " + wanted + " 年度报告经主要领导签发后，须报本部门备案后才发布");
        Optional<FilingRule> rule = rules.ofMyArea(wanted);
        required.setValue(rule.isPresent());
        since.setText(rule.map(r -> "由" + r.setByName() + "于" + ChinaTime.MINUTES.format(r.setAt()) + "开启。")
                .orElse("未开启：签发后直接发布。"));
        List<WorkItem> toFile = workflow.inbox().stream()
                .filter(item -> item.step() == ReportStage.FILING)
                .toList();
        waitingTitle.setText("待备案（" + toFile.size() + "）");
        waiting.setItems(toFile);
        waiting.setVisible(!toFile.isEmpty());
    }

    private void change(boolean on) {
        if (Feedback.run(() -> rules.require(year, on))) {
            Feedback.success(on ? "已开启先备案后公布：此后签发的报告须经本部门备案后发布。" : "已关闭先备案后公布：此后签发的报告直接发布。");
        }
        showYear(year);
    }
}
