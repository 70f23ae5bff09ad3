package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportService;
import cn.nianbao.security.Logins;
import cn.nianbao.security.PasswordRejectedException;
import cn.nianbao.security.Passwords;
import cn.nianbao.workflow.ReportJourney;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@NianbaoTest
class AdministrationTest {

    @Autowired
    AgencyAdministration agencies;

    @Autowired
    UserAdministration users;

    @Autowired
    RoleAdministration roles;

    @Autowired
    Passwords passwords;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Test
    void
            the_system_administrator_opens_an_account_the_security_administrator_gives_it_a_role_and_it_must_change_its_password() {
        AgencyRow county =
                logins.as("sysadmin", () -> agencies.create("adm-county", "测试县人民政府", AgencyKind.GOVERNMENT, null));
        AgencyRow bureau = logins.as(
                "sysadmin", () -> agencies.create("adm-bureau", "测试县统计局", AgencyKind.DEPARTMENT, county.id()));
        UserRow created = logins.as("sysadmin", () -> users.create("tongji-jb", "马丽", bureau.id(), "Start@2026pw"));

        assertThat(created.roles()).isEmpty();
        assertThat(passwords.mustChange(created.id())).isTrue();
        assertThat(directory.isAtOrBelow(bureau.id(), county.id())).isTrue();

        logins.as("secadmin", () -> roles.assign(created.id(), Set.of(Role.HANDLER)));

        assertThat(userRepository.findByUsername("tongji-jb").orElseThrow().getRoles())
                .containsExactly(Role.HANDLER);
        assertThat(trail.forTarget("tongji-jb"))
                .extracting(e -> e.actionCode() + " " + e.actorUsername())
                .containsExactly("USER_CHANGED sysadmin", "ROLE_CHANGED secadmin");
        assertThat(trail.forTarget("tongji-jb").getLast().after()).isEqualTo("经办人员");
        assertThat(trail.forTarget("adm-bureau"))
                .extracting(e -> e.actionCode())
                .containsExactly("AGENCY_CHANGED");
    }

    @Test
    void each_administrator_does_only_their_own_part() {
        TestAgency agency = testAgencies.create();
        long handlerId =
                userRepository.findByUsername(agency.handler()).orElseThrow().getId();

        assertThatThrownBy(() -> logins.as("secadmin", () -> users.create("x-user", "某人", agency.id(), "Start@2026pw")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logins.as("sysadmin", () -> roles.assign(handlerId, Set.of(Role.LEAD))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logins.as("auditadmin", () -> agencies.page("", 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logins.as(agency.lead(), () -> users.disable(handlerId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(userRepository.findByUsername(agency.handler()).orElseThrow().isEnabled())
                .isTrue();
    }

    @Test
    void administrator_roles_are_held_alone_and_nobody_changes_their_own_roles() {
        TestAgency agency = testAgencies.create();
        long handlerId =
                userRepository.findByUsername(agency.handler()).orElseThrow().getId();
        long secadminId =
                userRepository.findByUsername("secadmin").orElseThrow().getId();

        assertThatThrownBy(() ->
                        logins.as("secadmin", () -> roles.assign(handlerId, Set.of(Role.HANDLER, Role.AUDIT_ADMIN))))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining("三员分立");
        assertThatThrownBy(() -> logins.as(
                        "secadmin", () -> roles.assign(handlerId, Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN))))
                .isInstanceOf(AdministrationException.class);
        assertThatThrownBy(() -> logins.as("secadmin", () -> roles.assign(secadminId, Set.of(Role.LEAD))))
                .isInstanceOf(AdministrationException.class)
                .hasMessage("不能修改自己的角色。");
        assertThat(userRepository.findByUsername(agency.handler()).orElseThrow().getRoles())
                .containsExactly(Role.HANDLER);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_changes_nothing() {
        long before = userRepository.count();
        AgencyRow parent =
                logins.as("sysadmin", () -> agencies.create("adm-parent", "测试市人民政府", AgencyKind.GOVERNMENT, null));
        AgencyRow child = logins.as(
                "sysadmin", () -> agencies.create("adm-child", "测试区人民政府", AgencyKind.GOVERNMENT, parent.id()));

        assertThatThrownBy(() -> logins.as(
                        "sysadmin", () -> agencies.update(parent.id(), "测试市人民政府", AgencyKind.GOVERNMENT, child.id())))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining("下级机关");
        assertThatThrownBy(() ->
                        logins.as("sysadmin", () -> agencies.create("adm-parent", "重名", AgencyKind.DEPARTMENT, null)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining("已被使用");
        assertThatThrownBy(
                        () -> logins.as("sysadmin", () -> users.create("Bad Name!", "某人", parent.id(), "Start@2026pw")))
                .isInstanceOf(AdministrationException.class);
        assertThatThrownBy(() -> logins.as("sysadmin", () -> users.create("weak-user", "某人", parent.id(), "123")))
                .isInstanceOf(PasswordRejectedException.class);

        assertThatThrownBy(() -> logins.as(
                        "sysadmin",
                        () -> agencies.create("adm-early", "早设局", AgencyKind.DEPARTMENT, parent.id(), 2007)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageStartingWith("首个报告年度须在 2008 年至 ");
        assertThatThrownBy(() -> logins.as(
                        "sysadmin",
                        () -> agencies.update(child.id(), "测试区人民政府", AgencyKind.GOVERNMENT, parent.id(), 2999)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining("留空表示各年度均须编报");
        assertThat(logins.as("sysadmin", () -> agencies.page("adm-", 0, 50)))
                .filteredOn(
                        row -> List.of("adm-parent", "adm-child", "adm-early").contains(row.code()))
                .extracting(AgencyRow::code, AgencyRow::firstReportYear)
                .containsExactlyInAnyOrder(tuple("adm-parent", null), tuple("adm-child", null));

        assertThat(userRepository.count()).isEqualTo(before);
        assertThat(directory.isAtOrBelow(parent.id(), child.id())).isFalse();
    }

    @Test
    void a_disabled_handlers_open_draft_passes_to_a_colleague_who_becomes_its_drafter() {
        TestAgency agency = testAgencies.create();
        UserRow colleague =
                logins.as("sysadmin", () -> users.create(agency.handler() + "2", "接手人", agency.id(), "Start@2026pw"));
        logins.as("secadmin", () -> roles.assign(colleague.id(), Set.of(Role.HANDLER)));
        long reportId = journey.start(agency, 2025);
        long handlerId =
                userRepository.findByUsername(agency.handler()).orElseThrow().getId();

        logins.as("sysadmin", () -> users.disable(handlerId));

        assertThat(userRepository.findByUsername(agency.handler()).orElseThrow().isEnabled())
                .isFalse();
        assertThat(journey.taskOf(colleague.username(), reportId).reportId()).isEqualTo(reportId);
        assertThat(logins.as(colleague.username(), () -> reports.history(reportId)))
                .anySatisfy(item -> assertThat(item.action()).isEqualTo(HistoryAction.REASSIGNED));
    }
}
