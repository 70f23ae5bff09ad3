package cn.nianbao.desk.ui;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ActedStep;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 已办 as a reviewer meets it: what they did, where the report is now, a delegation out marked 委派中 until it is back. */
class DoneScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Test
    void a_delegated_review_is_marked_until_it_comes_back_and_the_filters_narrow_the_lists() {
        TestAgency agency = testAgencies.create();
        String colleague = testAgencies.addPerson(agency, "secrecy2", "保密二", Role.SECRECY_REVIEWER);
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.claimAndDelegate(agency.secrecy(), reportId, colleague, "请先看表三。");

        login(agency.secrecy());
        UI.getCurrent().navigate(DoneView.class);
        Grid<ActedStep> acted = grid("done-acted");
        assertThat(GridKt._size(acted)).isEqualTo(2);
        assertThat(GridKt._getFormatted(acted, 0, "action")).isEqualTo("委派");
        assertThat(GridKt._getFormatted(acted, 0, "now")).isEqualTo("委派中（保密审查）");
        assertThat(GridKt._getFormatted(acted, 1, "action")).isEqualTo("认领");
        assertThat(GridKt._getFormatted(acted, 1, "now")).isEqualTo("保密审查");
        assertThat(((RouterLink) GridKt._getCellComponent(acted, 0, "report")).getHref())
                .isEqualTo("reports/" + reportId);

        // narrowed to another year or stage, nothing; back to all, both lines again
        select("done-year").setValue(2024);
        assertThat(GridKt._size(acted)).isZero();
        select("done-year").setValue(null);
        select("done-stage").setValue(ReportStage.PUBLISHED);
        assertThat(GridKt._size(acted)).isZero();
        select("done-stage").setValue(null);
        assertThat(GridKt._size(acted)).isEqualTo(2);

        logins.as(
                colleague,
                () -> workflow.resolve(journey.taskOf(colleague, reportId).taskId(), "表三无误。"));
        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().navigate(DoneView.class);
        assertThat(GridKt._getFormatted(grid("done-acted"), 0, "now")).isEqualTo("保密审查");

        switchUser(agency.handler());
        UI.getCurrent().navigate(DoneView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("done-tabs"));
        tabs.setSelectedIndex(1);
        Grid<ReportSummary> started = grid("done-started");
        assertThat(GridKt._size(started)).isOne();
        assertThat(GridKt._getFormatted(started, 0, "stage")).isEqualTo("保密审查");
        tabs.setSelectedIndex(2);
        assertThat(GridKt._size(grid("done-finished"))).isZero();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
