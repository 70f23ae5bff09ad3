package cn.nianbao.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.nianbao.audit.TrailReader;
import cn.nianbao.desk.ui.ReportDetailView;
import cn.nianbao.desk.ui.TaskView;
import cn.nianbao.report.ReportRef;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 审计日志 as the 审计管理员 uses it (search, 校验), refused to everyone else; and the report page and task screen
 * recording who looked at a report.
 */
class AuditScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    AuditTrail audit;

    @Autowired
    TrailReader trail;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_audit_administrator_searches_the_trail_and_verifies_the_chain() {
        String target = "用户 screen" + System.nanoTime();
        audit.record(AuditAction.USER_CHANGED, target, "启用", "停用");
        audit.record(AuditAction.ROLE_CHANGED, target, "经办人员", "保密审查员");
        login(auditor());
        UI.getCurrent().navigate(AuditView.class);
        assertThat(menu()).contains("审计日志");

        type(_get(TextField.class, spec -> spec.withId("audit-target")), target);
        _click(_get(Button.class, spec -> spec.withId("audit-search")));

        assertThat(rows()).extracting(AuditEntry::actionLabel).containsExactly("角色变更", "用户变更");
        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-verification"))
                        .getText())
                .startsWith("审计日志完整");
    }

    @Test
    void anyone_else_gets_neither_the_screen_nor_its_menu_entry() {
        TestAgency agency = testAgencies.create();
        for (String other : List.of(agency.handler(), agency.lead())) {
            switchUser(other);
            UI.getCurrent().navigate("");
            assertThat(menu()).contains("待办").doesNotContain("审计日志");

            assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(AuditView.class)).isEmpty();
        }
    }

    @Test
    void opening_the_report_page_or_a_task_records_who_looked_at_the_report() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, Map.of(), Map.of());
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();
        login(agency.secrecy());

        UI.getCurrent().navigate(ReportDetailView.class, new RouteParameters("reportId", String.valueOf(reportId)));
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));

        switchUser(auditor());
        UI.getCurrent().navigate(AuditView.class);
        type(_get(TextField.class, spec -> spec.withId("audit-target")), ReportRef.auditTarget(reportId));
        type(_get(TextField.class, spec -> spec.withId("audit-user")), agency.secrecy());
        _click(_get(Button.class, spec -> spec.withId("audit-search")));
        assertThat(rows()).extracting(AuditEntry::actionCode).containsExactly("REPORT_VIEWED", "REPORT_VIEWED");
        assertThat(rows())
                .extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).startsWith("报告页："))
                .anySatisfy(d -> assertThat(d).startsWith("保密审查："));
    }

    @Test
    void logging_out_with_the_menu_button_is_recorded() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withId("logout")));

        AuditEntry last = trail.byActor(agency.handler()).getLast();
        assertThat(last.actionCode()).isEqualTo("LOGOUT");
        assertThat(last.actorName()).startsWith("经办");
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEntry> rows() {
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-entries"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private String auditor() {
        String code = "audit-ui-" + System.nanoTime();
        Agency agency = agencies.save(new Agency(code, "审计界面测试" + code));
        users.save(new AppUser(
                code, "审计员", passwordEncoder.encode(TestAgencies.PASSWORD), agency, Set.of(Role.AUDIT_ADMIN)));
        return code;
    }
}
