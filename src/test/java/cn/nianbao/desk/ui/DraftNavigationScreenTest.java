package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The long draft page: a button per section and table, and 「下一个问题」 going from one finding's field to the next. */
class DraftNavigationScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void the_draft_has_a_button_for_each_section_and_table_that_scrolls_there() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        openDraft(agency, reportId);

        List<Button> jumps = _find(Button.class).stream()
                .filter(button -> button.getElement().hasAttribute("data-target"))
                .toList();
        assertThat(jumps).extracting(Button::getText).containsExactly("一", "二", "表二", "三", "表三", "四", "表四", "五", "六");
        _click(jumps.get(4));

        assertThat(scrolledTo()).containsExactly("figures-t3");
        _click(jumps.getFirst());
        assertThat(scrolledTo()).containsExactly("section-S1");
    }

    @Test
    void the_next_problem_button_scrolls_to_the_field_of_each_finding_in_turn() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        // 5 received, none handled: the balance of table 3 breaks
        journey.save(
                agency,
                reportId,
                Map.of(Section.S1, "总体情况。"),
                Map.of(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5)));
        openDraft(agency, reportId);
        List<String> targets = _get(ReportEditor.class).findings().stream()
                .map(Finding::cells)
                .map(cells -> cells.isEmpty()
                        ? "findings"
                        : "cell-" + cells.getFirst().replace('.', '-'))
                .distinct()
                .toList();
        assertThat(targets).contains("cell-t3-new-np");
        Button next = _get(Button.class, spec -> spec.withId("next-problem"));

        _click(next);
        assertThat(scrolledTo()).containsExactly(targets.getFirst());
        _click(next);
        assertThat(scrolledTo()).containsExactly(targets.get(1 % targets.size()));
    }

    private void openDraft(TestAgency agency, long reportId) {
        login(agency.handler());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(agency.handler(), reportId).taskId()));
    }

    /**
     * The ids the page was asked to scroll to since the last lookup (Karibu's lookups hand the pending scripts to the
     * mock client and drop them, so this reads them first).
     */
    private static List<String> scrolledTo() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> pending =
                UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        return pending.stream()
                .filter(js -> js.getInvocation().getExpression().contains("scrollIntoView"))
                .map(js -> js.getInvocation().getParameters().stream()
                        .filter(p -> p instanceof String)
                        .map(Objects::toString)
                        .findFirst()
                        .orElse(null))
                .toList();
    }
}
