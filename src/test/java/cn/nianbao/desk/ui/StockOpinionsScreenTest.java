package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 常用意见 on the review screen: one click inserts one; the person adds and deletes their own beside the decision. */
class StockOpinionsScreenTest extends UiTest {

    @Autowired
    ReportService reports;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private TestAgency agency;
    private long reportId;

    @BeforeEach
    void submittedReport() {
        agency = testAgencies.create();
        reportId = journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);
        login(agency.secrecy());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(agency.secrecy(), reportId).taskId()));
    }

    @Test
    void one_click_puts_a_stock_opinion_into_the_field_and_it_is_the_decisions_opinion() {
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("opinion"));
        assertThat(choices()).startsWith("同意。", "同意，请分管领导审核。");

        _click(choice("同意。"));
        assertThat(opinion.getValue()).isEqualTo("同意。");
        type(opinion, "数据已核对，");
        _click(choice("同意，请分管领导审核。"));
        assertThat(opinion.getValue()).isEqualTo("数据已核对，同意，请分管领导审核。");

        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.SUPERVISOR_REVIEW);
        assertThat(reports.history(reportId).getLast().opinion()).isEqualTo("数据已核对，同意，请分管领导审核。");
    }

    @Test
    void the_person_adds_and_deletes_their_own_and_a_duplicate_is_refused_keeping_what_was_typed() {
        _click(_get(Button.class, spec -> spec.withId("manage-stock-opinions")));
        _get(Dialog.class, spec -> spec.withId("stock-opinions-dialog"));
        TextField text = _get(TextField.class, spec -> spec.withId("new-stock-opinion"));

        type(text, "经审查，不涉及国家秘密。");
        _click(_get(Button.class, spec -> spec.withId("add-stock-opinion")));
        assertThat(choices()).last().isEqualTo("经审查，不涉及国家秘密。");
        assertThat(text.getValue()).isEmpty();

        type(text, "同意。");
        _click(_get(Button.class, spec -> spec.withId("add-stock-opinion")));
        assertThat(notifications()).contains("「同意。」已在您的常用意见中。");
        assertThat(text.getValue()).isEqualTo("同意。");
        assertThat(choices()).containsOnlyOnce("同意。").hasSize(5);

        Div first =
                _find(Div.class, spec -> spec.withClasses("stock-opinion-row")).getFirst();
        _click(_get(first, Button.class, spec -> spec.withClasses("delete-stock-opinion")));
        assertThat(choices()).doesNotContain("同意。").hasSize(4);
        _click(_get(Button.class, spec -> spec.withId("close-stock-opinions")));
        assertThat(_find(Dialog.class, spec -> spec.withId("stock-opinions-dialog")))
                .isEmpty();
    }

    private static List<String> choices() {
        return _find(
                        _get(Div.class, spec -> spec.withId("stock-opinions")),
                        Button.class,
                        spec -> spec.withClasses("stock-opinion"))
                .stream()
                .map(Button::getText)
                .toList();
    }

    private static Button choice(String text) {
        return _get(
                _get(Div.class, spec -> spec.withId("stock-opinions")),
                Button.class,
                spec -> spec.withClasses("stock-opinion").withText(text));
    }
}
