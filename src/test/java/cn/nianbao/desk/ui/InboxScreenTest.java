package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.UiTest;
import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.desk.DueWork;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 待办 as a new user meets it: where to start when it is empty, whole titles and dates, delegated tasks kept in view. */
class InboxScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    AgencyDirectory agencies;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void an_empty_inbox_points_a_handler_to_the_agencys_reports_and_tells_a_reviewer_what_will_come() {
        login(agency.handler());
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty"))
                        .getElement()
                        .getTextRecursively())
                .contains("暂无待办任务")
                .contains("本机关报告");
        assertThat(_get(RouterLink.class, spec -> spec.withId("inbox-start")).getHref())
                .isEqualTo("reports");

        switchUser(agency.secrecy());
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty"))
                        .getElement()
                        .getTextRecursively())
                .contains("报告提交到您的环节时会出现在这里");
        assertThat(_find(RouterLink.class, spec -> spec.withId("inbox-start"))).isEmpty();
    }

    @Test
    void the_title_and_dates_wrap_and_show_in_full_as_tooltips() {
        journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);
        login(agency.secrecy());
        UI.getCurrent().navigate(InboxView.class);

        Grid<DueWork> grid = inbox();
        DueWork row = GridKt._fetch(grid, 0, 1).getFirst();
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumnByKey("title").getTooltipGenerator().apply(row))
                .isEqualTo(row.item().reportTitle())
                .contains("2025");
        assertThat(grid.getColumnByKey("arrived").getTooltipGenerator().apply(row))
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(grid.getColumnByKey("due").getTooltipGenerator().apply(row))
                .isEqualTo(row.deadline().dueOn());
    }

    @Test
    void the_delegator_sees_the_delegated_task_marked_and_reads_the_report_until_it_comes_back() {
        long reportId = journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);
        logins.as(
                agency.secrecy(),
                () -> workflow.approve(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), null));
        String taskId = journey.taskOf(agency.supervisor(), reportId).taskId();
        logins.as(agency.supervisor(), () -> workflow.delegate(taskId, agency.secrecy(), "请把关数据"));
        String delegate =
                agencies.person(agency.secrecy()).map(Person::displayName).orElseThrow();
        login(agency.supervisor());

        UI.getCurrent().navigate(InboxView.class);

        List<DueWork> rows = GridKt._fetch(inbox(), 0, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.reportId()).isEqualTo(reportId);
            assertThat(row.item().holding()).isEqualTo(WorkItem.Holding.DELEGATED_BY_ME);
            assertThat(row.item().holdingLabel()).isEqualTo("委派中（委派给 " + delegate + "）");
        });
        Button open = (Button) GridKt._getCellComponent(inbox(), 0, "open");
        assertThat(open.getText()).isEqualTo("查看");
        open.click();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ReportDetailView.class);
        assertThatThrownBy(() -> workflow.approve(taskId, null)).isInstanceOf(UserFacingException.class);

        logins.as(agency.secrecy(), () -> workflow.resolve(taskId, "数据无误"));
        UI.getCurrent().navigate(InboxView.class);
        assertThat(GridKt._fetch(inbox(), 0, 10))
                .singleElement()
                .satisfies(row -> assertThat(row.item().holding()).isEqualTo(WorkItem.Holding.MINE));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DueWork> inbox() {
        return _get(Grid.class, spec -> spec.withId("inbox"));
    }
}
