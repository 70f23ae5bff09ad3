package cn.nianbao.desk.ui;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.DueWork;
import cn.nianbao.support.ClockAt;
import cn.nianbao.support.MutableClock;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 待办 sorted and marked by urgency: the overdue report first, though it arrived earlier, then the one due soon. */
class InboxUrgencyScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_inbox_puts_the_overdue_task_first_and_marks_it_then_the_task_due_soon() {
        ClockAt.set(clock, LocalDateTime.of(2026, 1, 27, 10, 0));
        TestAgency agency = testAgencies.create();
        long overdue = journey.drafted(agency, 2024, texts("2024年总体情况。"), CONSISTENT_FIGURES);
        long dueSoon = journey.drafted(agency, 2025, texts("2025年总体情况。"), CONSISTENT_FIGURES);
        login(agency.secrecy());

        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<DueWork> grid = _get(Grid.class, spec -> spec.withId("inbox"));
        List<DueWork> rows = GridKt._fetch(grid, 0, 10);
        assertThat(rows).extracting(DueWork::reportId).containsExactly(overdue, dueSoon);
        assertThat(rows.getFirst().deadline().dueDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(rows.get(1).deadline().dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));

        Span first = (Span) GridKt._getCellComponent(grid, 0, "standing");
        assertThat(first.getText())
                .as("working days after 31 Jan 2025 to 27 Jan 2026, the 2025 and 2026 holidays and 调休 counted")
                .isEqualTo("已逾期 247 个工作日（361 天）");
        assertThat(first.getClassNames()).contains("deadline", "overdue");
        Span second = (Span) GridKt._getCellComponent(grid, 1, "standing");
        assertThat(second.getText()).isEqualTo("剩余 3 个工作日");
        assertThat(second.getClassNames()).contains("deadline", "due-soon").doesNotContain("overdue");
    }
}
