package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.ui.YearField;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text pasted from Word carries its soft line breaks (U+000B) and sometimes other control characters (U+0000): the
 * draft is saved all the same, with the soft line breaks as line breaks and the rest removed, and the handler is told
 * what was changed and where, whether they press 保存 or the draft saves itself.
 */
class PastedControlCharactersScreenTest extends UiTest {

    private static final String PASTED = "第一段\u000B第二段\u0000。";
    private static final String STORED = "第一段\n第二段。";
    private static final String TOLD = "已删除 1 个不可见的控制字符，1 处从 Word 等处粘贴的软换行已改为换行（「一、总体情况」）。";

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportService reports;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void pressing_save_stores_the_text_cleaned_and_says_so() {
        login(agency.handler());
        long reportId = createReportInTheUi(2025);
        TextArea s1 = _get(TextArea.class, spec -> spec.withId("section-S1"));

        type(s1, PASTED);
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(reports.view(reportId).content().text(Section.S1)).isEqualTo(STORED);
        assertThat(notifications()).contains("已保存。" + TOLD);
        assertThat(s1.getValue()).as("the editor shows what was stored").isEqualTo(STORED);
    }

    @Test
    void the_autosave_stores_the_text_cleaned_and_says_so() {
        login(agency.handler());
        long reportId = createReportInTheUi(2025);

        type(_get(TextArea.class, spec -> spec.withId("section-S1")), PASTED);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(reports.view(reportId).content().text(Section.S1)).isEqualTo(STORED);
        assertThat(notifications()).contains(TOLD);
        assertThat(_get(Span.class, spec -> spec.withId("autosave-status")).getText())
                .startsWith("已保存")
                .endsWith(TOLD);
    }

    @Test
    void the_service_returns_what_it_changed_and_nothing_when_the_text_was_clean() {
        login(agency.handler());
        long reportId = createReportInTheUi(2025);
        ReportView before = reports.view(reportId);

        ReportView saved = reports.saveDraft(
                reportId,
                before.version(),
                new ReportContent(Map.of(Section.S1, PASTED, Section.S5, "改进\u000C措施"), ReportTables.empty()));

        assertThat(saved.content().text(Section.S1)).isEqualTo(STORED);
        assertThat(saved.content().text(Section.S5)).isEqualTo("改进\n措施");
        assertThat(saved.notice()).hasValue("已删除 1 个不可见的控制字符，2 处从 Word 等处粘贴的软换行已改为换行（「一、总体情况」、「五、存在的主要问题及改进情况」）。");
        assertThat(reports.saveDraft(reportId, saved.version(), saved.content()).notice())
                .isEmpty();
    }

    @Test
    void a_report_read_in_from_elsewhere_is_stored_cleaned() {
        login(agency.handler());

        long imported = reports.importPublished(
                2024, agency.name(), new ReportContent(Map.of(Section.S1, PASTED), ReportTables.empty()), "网站\u0000页面");

        assertThat(reports.view(imported).content().text(Section.S1)).isEqualTo(STORED);
    }

    private long createReportInTheUi(int year) {
        UI.getCurrent().navigate(ReportsView.class);
        type(_get(YearField.class, spec -> spec.withId("new-report-year")), String.valueOf(year));
        _click(_get(Button.class, spec -> spec.withId("create-report")));
        return reports.readableReports().stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
