package cn.nianbao.desk.ui;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page's 意见栏 after a return and a second round: what counts on top, the earlier round folded below. */
class OpinionColumnScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Test
    void each_step_shows_the_opinion_that_counts_with_name_and_date_and_the_earlier_round_below() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        decide(agency.secrecy(), reportId, "同意。", false);
        decide(agency.supervisor(), reportId, "第五部分过于笼统，请写明具体问题。", true);
        journey.submit(agency, reportId);
        decide(agency.secrecy(), reportId, "同意，已核实修改。", false);

        login(agency.handler());
        UI.getCurrent().navigate("reports/" + reportId);

        String secrecy = text("opinion-secrecy-review");
        assertThat(secrecy)
                .startsWith("保密审查意见同意，已核实修改。")
                .containsPattern("保密\\d+　\\d{4}年\\d{1,2}月\\d{1,2}日")
                .contains("此前 1 次意见");
        String supervisor = text("opinion-supervisor-review");
        assertThat(supervisor).contains("（本轮尚未办理）").contains("此前 1 次意见").contains("【退回】第五部分过于笼统，请写明具体问题。");
        assertThat(text("opinion-lead-signoff")).isEqualTo("主要领导签发意见（本轮尚未办理）");
    }

    @Test
    void the_task_screens_show_the_same_column_the_returned_draft_with_the_return_on_top() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        decide(agency.secrecy(), reportId, "请补充第五部分。", true);

        login(agency.handler());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(agency.handler(), reportId).taskId()));

        assertThat(text("opinion-secrecy-review")).startsWith("保密审查意见【退回】请补充第五部分。");
    }

    private void decide(String reviewer, long reportId, String opinion, boolean returning) {
        logins.as(reviewer, () -> {
            String task = journey.taskOf(reviewer, reportId).taskId();
            if (returning) {
                workflow.returnForRevision(task, opinion);
            } else {
                workflow.approve(task, opinion);
            }
        });
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
