package cn.nianbao.coordination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.coordination.AgencyProgress;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 辖区进度: the coordinator starts the year for the departments below with one button. */
class AreaScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void the_coordinator_starts_the_year_and_sees_the_departments_in_drafting() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        login(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), 2025);
        Button start = _get(Button.class, spec -> spec.withId("area-start-year"));
        assertThat(start.getText()).isEqualTo("开始 2025 年度报告");

        _click(start);

        assertThat(_get(Paragraph.class, spec -> spec.withId("area-start-result"))
                        .getText())
                .startsWith("已为 1 个机关创建 2025 年度报告；0 个机关已有报告");
        AgencyProgress row = rows().stream()
                .filter(p -> p.agencyName().equals(department.name()))
                .findFirst()
                .orElseThrow();
        assertThat(row.status()).isEqualTo("起草");
        assertThat(journey.taskOf(department.handler(), row.reportId()).reportTitle())
                .contains(department.name());

        _click(start);

        assertThat(_get(Paragraph.class, spec -> spec.withId("area-start-result"))
                        .getText())
                .startsWith("已为 0 个机关创建 2025 年度报告；1 个机关已有报告");
    }

    @SuppressWarnings("unchecked")
    private static List<AgencyProgress> rows() {
        Grid<AgencyProgress> grid = _get(Grid.class, spec -> spec.withId("area-progress"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
