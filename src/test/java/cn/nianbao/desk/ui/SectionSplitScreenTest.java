package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 分工起草 on screen: the drafter's panel, and the colleague's editor where only their part can be edited. */
class SectionSplitScreenTest extends UiTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    NotificationService messages;

    @Autowired
    TrailReader trail;

    @Autowired
    Deliveries deliveries;

    @Test
    @SuppressWarnings("unchecked")
    void the_drafter_hands_a_section_to_a_colleague_who_edits_only_it_and_the_drafter_sees_it_finished() {
        TestAgency agency = testAgencies.create();
        String wang = testAgencies.addPerson(agency, "wang", "王起草", Role.HANDLER);
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, ReportJourney.texts("本年度总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();

        login(agency.handler());
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(draftTask));
        Select<DraftPart> part = _get(Select.class, spec -> spec.withId("split-part"));
        Select<Person> person = _get(Select.class, spec -> spec.withId("split-person"));
        assertThat(person.getListDataView().getItems().map(Person::displayName)).containsExactly("王起草");
        type(part, DraftPart.S2);
        type(person, person.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("split-assign")));
        assertThat(notifications()).contains("已将「二、主动公开政府信息情况」分配给王起草。");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("part-assignments"))
                        .getElement()
                        .getTextRecursively())
                .contains("二、主动公开政府信息情况 · 王起草 · 起草中");

        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(notifications()).anyMatch(text -> text.contains("还有 1 个分工部分尚未完成"));
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.DRAFTING);

        switchUser(wang);
        WorkItem item = workflow.inbox().stream()
                .filter(w -> w.reportId() == reportId)
                .findFirst()
                .orElseThrow();
        assertThat(item.stepLabel()).isEqualTo("起草：二、主动公开政府信息情况");
        // the colleague's message leads to the part (it once had an empty link), and opening it is a recorded view
        deliveries.awaitAll();
        assertThat(messages.mine())
                .filteredOn(m -> m.text().contains("「二、主动公开政府信息情况」"))
                .extracting(NotificationItem::link)
                .containsExactly("parts/" + item.taskId());
        UI.getCurrent().navigate(PartTaskView.class, TaskView.parameters(item.taskId()));
        assertThat(trail.byActor(wang))
                .extracting(AuditEntry::actionCode, AuditEntry::target)
                .contains(tuple("REPORT_VIEWED", ReportRef.auditTarget(reportId)));
        assertThat(_get(TextArea.class, spec -> spec.withId("section-S1")).isReadOnly())
                .isTrue();
        assertThat(_get(ReportEditor.class).cell("t3.new.np").isReadOnly()).isTrue();
        TextArea mine = _get(TextArea.class, spec -> spec.withId("section-S2"));
        assertThat(mine.isReadOnly()).isFalse();
        type(mine, "本年主动公开文件12件。");
        _click(_get(Button.class, spec -> spec.withId("finish-part")));
        assertThat(notifications()).contains("已提交本部分，起草负责人可以看到。");
        assertThat(reports.view(reportId).content().text(Section.S2)).isEqualTo("本年主动公开文件12件。");

        switchUser(agency.handler());
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(draftTask));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("part-assignments"))
                        .getElement()
                        .getTextRecursively())
                .contains("二、主动公开政府信息情况 · 王起草 · 已完成");
    }
}
