package cn.nianbao.desk.ui;

import cn.nianbao.agency.Person;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * 转办, 委派 and 抄送 from the task screen, each choosing among the people the server would accept, with a remark
 * kept in the history. The server checks the choice again.
 */
class TaskHandoverPanel extends Details {

    TaskHandoverPanel(ReportWorkflow workflow, String taskId, Runnable reload) {
        setSummaryText("转办 · 委派 · 抄送");
        setId("handover");
        TextField remark = new TextField("附言");
        remark.setId("handover-remark");
        TextLimits.limit(remark, 500, "附言");
        remark.setWidthFull();
        Div body = new Div(remark);
        row(
                        "转办给",
                        "transfer",
                        workflow.transferCandidates(taskId),
                        (person, text) -> {
                            workflow.transfer(taskId, person, text);
                            Feedback.success("已转办。");
                            UI.getCurrent().navigate(InboxView.class);
                        },
                        remark)
                .ifPresent(body::add);
        row(
                        "委派给",
                        "delegate",
                        workflow.delegateCandidates(taskId),
                        (person, text) -> {
                            workflow.delegate(taskId, person, text);
                            Feedback.success("已委派，对方办毕后任务回到您这里。");
                            UI.getCurrent().navigate(InboxView.class);
                        },
                        remark)
                .ifPresent(body::add);
        row(
                        "抄送给",
                        "copy",
                        workflow.copyCandidates(),
                        (person, text) -> {
                            workflow.copy(taskId, person, text);
                            Feedback.success("已抄送。");
                            reload.run();
                        },
                        remark)
                .ifPresent(body::add);
        add(body);
        setOpened(false);
    }

    /** One way of handing over: whom to, and the button; left out when there is nobody to choose. */
    private static Optional<HorizontalLayout> row(
            String label, String id, List<Person> people, BiConsumer<String, String> action, TextField remark) {
        if (people.isEmpty()) {
            return Optional.empty();
        }
        Select<Person> person = new Select<>();
        person.setId(id + "-to");
        person.setLabel(label);
        person.setItems(people);
        person.setItemLabelGenerator(Person::displayName);
        person.setEmptySelectionAllowed(false);
        Button button = new Button(label.substring(0, 2), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage("请选择人员");
                return;
            }
            Feedback.run(() -> {
                TextLimits.require(remark);
                action.accept(person.getValue().username(), remark.getValue());
            });
        });
        button.setId(id);
        HorizontalLayout row = new HorizontalLayout(person, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return Optional.of(row);
    }
}
