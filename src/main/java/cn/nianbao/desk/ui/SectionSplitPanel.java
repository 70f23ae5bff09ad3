package cn.nianbao.desk.ui;

import cn.nianbao.agency.Person;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.DraftPart;
import cn.nianbao.workflow.PartAssignment;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * 分工起草 on the responsible handler's draft screen: hand a section or a table to a handler of the agency, see who
 * has finished which part, and cancel an unfinished one. The server checks every choice again.
 */
class SectionSplitPanel extends Details {

    SectionSplitPanel(ReportWorkflow workflow, String draftTaskId, long reportId, Runnable reload) {
        setSummaryText("分工起草");
        setId("section-split");
        List<PartAssignment> parts = workflow.parts(reportId);
        UnorderedList list = new UnorderedList();
        list.setId("part-assignments");
        for (PartAssignment assignment : parts) {
            ListItem item = new ListItem(new Span(assignment.part().label() + " · " + assignment.ownerName() + " · "
                    + assignment.state().label()));
            item.addClassName("part-" + assignment.state().name().toLowerCase());
            if (assignment.state() == PartAssignment.State.OPEN) {
                Button cancel = new Button("取消分工", e -> {
                    if (Feedback.run(() -> workflow.cancelPart(draftTaskId, assignment.part()))) {
                        Feedback.success("已取消「" + assignment.part().label() + "」的分工。");
                        reload.run();
                    }
                });
                cancel.setId("cancel-part-" + assignment.part().name());
                item.add(cancel);
            }
            list.add(item);
        }
        Div body = new Div(parts.isEmpty() ? new Span("尚未分工：整份报告由您起草。") : list);
        List<Person> colleagues = workflow.partCandidates();
        if (!colleagues.isEmpty()) {
            body.add(assignRow(workflow, draftTaskId, colleagues, reload));
        }
        add(body);
        setOpened(!parts.isEmpty());
    }

    private static HorizontalLayout assignRow(
            ReportWorkflow workflow, String draftTaskId, List<Person> colleagues, Runnable reload) {
        Select<DraftPart> part = new Select<>();
        part.setId("split-part");
        part.setLabel("部分");
        part.setItems(DraftPart.values());
        part.setItemLabelGenerator(DraftPart::label);
        Select<Person> person = new Select<>();
        person.setId("split-person");
        person.setLabel("起草人");
        person.setItems(colleagues);
        person.setItemLabelGenerator(Person::displayName);
        Button assign = new Button("分配", e -> {
            if (part.getValue() == null || person.getValue() == null) {
                Feedback.error("请选择要分配的部分和起草人。");
                return;
            }
            if (Feedback.run(() -> workflow.assignPart(
                    draftTaskId, part.getValue(), person.getValue().username()))) {
                Feedback.success("已将「" + part.getValue().label() + "」分配给"
                        + person.getValue().displayName() + "。");
                reload.run();
            }
        });
        assign.setId("split-assign");
        HorizontalLayout row = new HorizontalLayout(part, person, assign);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
