package cn.nianbao.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.report.ReportRef;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** 审计日志 in words people read: reports by title, cells by label, a role change with its before and after. */
class AuditEntryWordingScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    AuditTrail audit;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_draft_edit_shows_the_reports_title_and_the_cells_label_and_opens_in_full() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, Map.of(), Map.of());
        audit.record(
                AuditAction.DRAFT_EDITED,
                ReportRef.auditTarget(reportId),
                "修改 1 处：t2.rules.issued",
                "t2.rules.issued = 1",
                "t2.rules.issued = 2");
        openTrailFor(ReportRef.auditTarget(reportId), null);

        Grid<AuditEntry> grid = grid();
        int row = rowOf(grid, "DRAFT_EDITED");
        assertThat(GridKt._getFormatted(grid, row, "target"))
                .contains("2025年政府信息公开工作年度报告")
                .contains("报告 " + reportId);
        assertThat(GridKt._getFormatted(grid, row, "detail"))
                .isEqualTo("修改 1 处：表二 规章 · 本年制发件数")
                .doesNotContain("t2.");

        GridKt._clickItem(grid, row);
        assertThat(_get(Pre.class, spec -> spec.withId("audit-entry-before")).getText())
                .isEqualTo("表二 规章 · 本年制发件数 = 1");
        assertThat(_get(Pre.class, spec -> spec.withId("audit-entry-after")).getText())
                .isEqualTo("表二 规章 · 本年制发件数 = 2");
    }

    @Test
    void a_role_change_shows_its_before_and_after_in_the_grid_and_in_the_detail_view() {
        String target = "role-wording-" + System.nanoTime();
        audit.record(AuditAction.ROLE_CHANGED, target, "经办人员", "保密审查员");
        openTrailFor(target, "ROLE_CHANGED");

        Grid<AuditEntry> grid = grid();
        assertThat(GridKt._getFormatted(grid, 0, "detail")).isEqualTo("经办人员 → 保密审查员");
        GridKt._clickItem(grid, 0);
        assertThat(_get(Pre.class, spec -> spec.withId("audit-entry-before")).getText())
                .isEqualTo("经办人员");
        assertThat(_get(Pre.class, spec -> spec.withId("audit-entry-after")).getText())
                .isEqualTo("保密审查员");
    }

    @Test
    void the_csv_export_is_a_button_in_line_with_search_and_verify() {
        login(auditor());
        UI.getCurrent().navigate(AuditView.class);

        Anchor export = _get(Anchor.class, spec -> spec.withId("audit-export"));
        assertThat(export.getChildren())
                .singleElement()
                .isInstanceOfSatisfying(
                        Button.class, button -> assertThat(button.getText()).isEqualTo("导出 CSV"));
        HorizontalLayout toolbar = (HorizontalLayout) export.getParent().orElseThrow();
        assertThat(toolbar.getAlignItems()).isEqualTo(FlexComponent.Alignment.CENTER);
    }

    private void openTrailFor(String target, String actionCode) {
        login(auditor());
        UI.getCurrent().navigate(AuditView.class);
        type(_get(TextField.class, spec -> spec.withId("audit-target")), target);
        _click(_get(Button.class, spec -> spec.withId("audit-search")));
        if (actionCode != null) {
            assertThat(GridKt._get(grid(), 0).actionCode()).isEqualTo(actionCode);
        }
    }

    private static int rowOf(Grid<AuditEntry> grid, String actionCode) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).actionCode().equals(actionCode)) {
                return i;
            }
        }
        throw new AssertionError("no " + actionCode + " entry");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-entries"));
    }

    private String auditor() {
        String code = "audit-words-" + System.nanoTime();
        Agency agency = agencies.save(new Agency(code, "审计用语测试" + code));
        users.save(new AppUser(
                code, "审计员", passwordEncoder.encode(TestAgencies.PASSWORD), agency, Set.of(Role.AUDIT_ADMIN)));
        return code;
    }
}
