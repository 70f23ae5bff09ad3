package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 审计管理员's service: search and export for them only, the export holding exactly the searched rows. */
@NianbaoTest
class AuditLogTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail audit;

    @Autowired
    Auditors auditors;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Test
    void nobody_but_the_audit_administrator_may_search_export_or_verify() {
        TestAgency agency = testAgencies.create();
        List<String> others = List.of(
                agency.handler(),
                agency.lead(),
                auditors.create(Role.SYSTEM_ADMIN),
                auditors.create(Role.SECURITY_ADMIN),
                auditors.create(Role.COORDINATOR));

        for (String other : others) {
            logins.as(other, () -> {
                assertThatThrownBy(() -> log.search(AuditSearch.ALL, 0, 10))
                        .isInstanceOf(AuditAccessDeniedException.class)
                        .hasMessageContaining("审计管理员");
                assertThatThrownBy(() -> log.count(AuditSearch.ALL)).isInstanceOf(AuditAccessDeniedException.class);
                assertThatThrownBy(() -> log.exportCsv(AuditSearch.ALL)).isInstanceOf(AuditAccessDeniedException.class);
                assertThatThrownBy(() -> log.verify()).isInstanceOf(AuditAccessDeniedException.class);
            });
        }
        logins.logout();
        assertThatThrownBy(() -> log.search(AuditSearch.ALL, 0, 10)).isInstanceOf(AuditAccessDeniedException.class);
    }

    @Test
    void a_search_by_user_action_target_and_time_finds_exactly_the_matching_entries_page_by_page() {
        String target = "用户 search" + System.nanoTime();
        TestAgency agency = testAgencies.create();
        logins.as(agency.handler(), () -> {
            audit.record(AuditAction.USER_CHANGED, target, "启用", "停用");
            audit.record(AuditAction.ROLE_CHANGED, target, "经办人员", "经办人员、保密审查员");
        });
        logins.as(agency.lead(), () -> audit.record(AuditAction.USER_CHANGED, target, "停用", "启用"));
        List<AuditEntry> recorded = trail.forTarget(target);
        String auditor = auditors.auditor();

        logins.as(auditor, () -> {
            AuditSearch byTarget = new AuditSearch(null, null, target, null, null);
            assertThat(log.count(byTarget)).isEqualTo(3);
            assertThat(log.search(byTarget, 0, 2))
                    .extracting(AuditEntry::seq)
                    .containsExactly(recorded.get(2).seq(), recorded.get(1).seq());
            assertThat(log.search(byTarget, 2, 2))
                    .extracting(AuditEntry::seq)
                    .containsExactly(recorded.get(0).seq());

            AuditSearch byUserAndAction = new AuditSearch(agency.handler(), "USER_CHANGED", target, null, null);
            assertThat(log.search(byUserAndAction, 0, 10))
                    .extracting(AuditEntry::id)
                    .containsExactly(recorded.get(0).id());

            AuditSearch byDisplayName = new AuditSearch("主要", null, target, null, null);
            assertThat(log.search(byDisplayName, 0, 10))
                    .extracting(AuditEntry::actorUsername)
                    .containsExactly(agency.lead());

            AuditSearch before = new AuditSearch(
                    null, null, target, null, recorded.getFirst().occurredAt());
            AuditSearch during = new AuditSearch(
                    null,
                    null,
                    target,
                    recorded.getFirst().occurredAt(),
                    recorded.getLast().occurredAt().plus(Duration.ofSeconds(1)));
            assertThat(log.count(before)).isZero();
            assertThat(log.count(during)).isEqualTo(3);
            assertThat(log.actions()).contains(AuditAction.USER_CHANGED, AuditAction.ROLE_CHANGED);
        });
    }

    @Test
    void the_export_holds_the_searched_rows_in_excel_csv_and_is_itself_recorded() throws Exception {
        String target = "机关 export" + System.nanoTime();
        audit.record(AuditAction.AGENCY_CHANGED, target, "温县科学技术局", "温县科学技术局𠮷");
        audit.record(AuditAction.AGENCY_CHANGED, target, "=HYPERLINK(\"http://evil\")");
        audit.record(AuditAction.USER_CHANGED, "用户 elsewhere" + System.nanoTime(), "不在导出之列");
        String auditor = auditors.auditor();

        byte[] csv = logins.as(auditor, () -> log.exportCsv(new AuditSearch(null, null, target, null, null)));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.EXCEL
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(row -> row.get("对象")).containsOnly(target);
        assertThat(rows.get(1).get("修改后")).isEqualTo("温县科学技术局𠮷");
        assertThat(rows.get(0).get("详情")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(text).doesNotContain("不在导出之列");
        AuditEntry export = trail.byActor(auditor).getLast();
        assertThat(export.actionCode()).isEqualTo("AUDIT_EXPORTED");
        assertThat(export.detail()).contains("导出 2 条", target);
    }
}
