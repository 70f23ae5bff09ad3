package cn.nianbao.coordination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.coordination.FilingRules;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.ReturnTarget;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 先备案后公布 on the coordinator's screen: the switch for the year, the reports waiting for 备案, and the 备案 task
 * with the 签发单, asking before it publishes.
 */
class FilingScreenTest extends UiTest {

    private static final int YEAR = 2025;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    FilingRules filing;

    private TestCounty county;
    private TestAgency department;

    @BeforeEach
    void countyWithADepartment() {
        county = testAgencies.createCounty();
        department = testAgencies.createBelow(county.id());
    }

    @Test
    void the_coordinator_switches_filing_on_then_files_a_signed_off_report_from_their_screen() {
        login(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), YEAR);
        Checkbox required = _get(Checkbox.class, spec -> spec.withId("filing-required"));
        assertThat(required.getValue()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("filing-since")).getText())
                .isEqualTo("未开启：签发后直接发布。");

        type(required, true);

        assertThat(notifications()).contains("已开启先备案后公布：此后签发的报告须经本部门备案后发布。");
        assertThat(_get(Paragraph.class, spec -> spec.withId("filing-since")).getText())
                .startsWith("由协调")
                .endsWith("开启。");

        long reportId = journey.submittedWith(department, YEAR, "2025年，本局收到政府信息公开申请5件。", 5);
        journey.approveAll(department, reportId);
        assertThat(logins.as(department.handler(), () -> reports.view(reportId).stage()))
                .isEqualTo(ReportStage.FILING);
        switchUser(county.coordinator());
        UI.getCurrent().navigate(AreaView.class);
        type(_get(IntegerField.class, spec -> spec.withId("area-year")), YEAR);
        assertThat(_get(H3.class, spec -> spec.withId("filing-waiting-title")).getText())
                .isEqualTo("待备案（1）");
        @SuppressWarnings("unchecked")
        Grid<Object> waiting = _get(Grid.class, spec -> spec.withId("filing-waiting"));
        assertThat(GridKt._size(waiting)).isEqualTo(1);
        String href = ((Anchor) GridKt._getCellComponent(waiting, 0, "open")).getHref();

        UI.getCurrent().navigate(href);

        assertThat(_get(Anchor.class, spec -> spec.withId("filing-sign-off-form"))
                        .getHref())
                .isEqualTo("forms/reports/" + reportId + "/sign-off.pdf");
        assertThat(_get(TextArea.class, spec -> spec.withId("opinion")).getLabel())
                .isEqualTo("备案意见");
        @SuppressWarnings("unchecked")
        Select<ReturnTarget> target = _get(Select.class, spec -> spec.withId("return-target"));
        assertThat(target.getValue().step()).isEqualTo(ReportStage.DRAFTING);
        assertThat(_get(Button.class, spec -> spec.withId("return")).getText()).isEqualTo("退回起草");
        Button file = _get(Button.class, spec -> spec.withId("approve"));
        assertThat(file.getText()).isEqualTo("备案");

        _click(file);
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-decision"));
        assertThat(ConfirmDialogKt.getText(dialog)).isEqualTo("备案后系统将自动发布，不能撤回。");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(notifications()).contains("已备案，系统将自动发布。");
        journey.awaitPublished(reportId);
    }

    @Test
    void the_lead_is_told_the_signed_off_report_goes_to_the_county_for_filing() {
        logins.as(county.coordinator(), () -> filing.require(YEAR, true));
        long reportId = journey.submittedWith(department, YEAR, "2025年，本局收到政府信息公开申请5件。", 5);
        for (String reviewer : List.of(department.secrecy(), department.supervisor())) {
            logins.as(
                    reviewer,
                    () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), null));
        }
        login(department.lead());
        UI.getCurrent()
                .navigate("tasks/" + journey.taskOf(department.lead(), reportId).taskId());

        _click(_get(Button.class, spec -> spec.withId("approve")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-decision")));

        assertThat(notifications()).contains("已签发，已报送主管部门备案，备案后系统将自动发布。");
        assertThat(reports.view(reportId).stage()).isEqualTo(ReportStage.FILING);
        assertThat(journey.publicationOf(reportId)).isNull();
    }
}
