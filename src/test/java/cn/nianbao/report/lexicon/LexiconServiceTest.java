package cn.nianbao.report.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.Lexicon;
import cn.nianbao.report.format.LexiconEntry;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.TextSpan;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The 错敏词 list as the 安全管理员 keeps it: seeded from the shipped file, each change checked and audited. */
@NianbaoTest
class LexiconServiceTest {

    @Autowired
    LexiconService lexicon;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Test
    void every_row_of_the_seed_list_the_check_command_ships_is_in_the_database_as_shipped() {
        assertThat(lexicon.current().entries()).containsAll(Lexicon.seed().entries());
        assertThat(Lexicon.seed().entries()).extracting(LexiconEntry::word).contains("文化部", "政府信息公开年度报告");
    }

    @Test
    void the_list_reads_in_pinyin_order_as_a_chinese_word_list_does() {
        // by code point 信 (U+4FE1) would come before 国 (U+56FD) and 卫 (U+536B); by pinyin guo, wei, xin
        List<String> words = logins.as("secadmin", () -> lexicon.list()).stream()
                .map(LexiconRow::word)
                .filter(w -> w.startsWith("国土") || w.startsWith("卫生"))
                .toList();
        assertThat(words).containsExactly("国土资源部", "卫生和计划生育委员会");
        assertThat(logins.as("secadmin", () -> lexicon.list()))
                .extracting(LexiconRow::word)
                .isSortedAccordingTo(Collator.getInstance(Locale.CHINA));
    }

    @Test
    void the_security_administrator_adds_changes_and_deletes_a_word_each_change_in_the_audit_trail() {
        LexiconRow added = logins.as("secadmin", () -> lexicon.add(" 旧局名甲 ", "已更名为新局名甲。", "原旧局名甲，旧局名甲门"));

        assertThat(added.word()).isEqualTo("旧局名甲");
        assertThat(added.exceptions()).containsExactly("原旧局名甲", "旧局名甲门");
        assertThat(lexicon.current().entries())
                .contains(new LexiconEntry("旧局名甲", "已更名为新局名甲。", List.of("原旧局名甲", "旧局名甲门")));

        logins.as("secadmin", () -> lexicon.change(added.id(), "已于2024年更名为新局名甲。", ""));
        assertThat(logins.as("secadmin", () -> lexicon.list()))
                .filteredOn(row -> row.id() == added.id())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.reason()).isEqualTo("已于2024年更名为新局名甲。");
                    assertThat(row.exceptions()).isEmpty();
                });

        logins.as("secadmin", () -> lexicon.delete(added.id()));
        assertThat(lexicon.current().entries()).extracting(LexiconEntry::word).doesNotContain("旧局名甲");

        List<AuditEntry> entries = trail.forTarget("旧局名甲");
        assertThat(entries).extracting(AuditEntry::actionCode).containsOnly("LEXICON_CHANGED");
        assertThat(entries)
                .extracting(e -> e.actorUsername() + " " + e.detail())
                .containsExactly("secadmin 新增错敏词", "secadmin 修改错敏词", "secadmin 删除错敏词");
        assertThat(entries.get(1).before()).isEqualTo("原因：已更名为新局名甲。；例外：原旧局名甲、旧局名甲门");
        assertThat(entries.get(1).after()).isEqualTo("原因：已于2024年更名为新局名甲。");
    }

    @Test
    void a_duplicate_an_empty_or_too_long_word_or_reason_and_a_bad_exception_are_refused_and_change_nothing() {
        List<Lexicon> before = List.of(lexicon.current());
        int audited = trail.forTarget("文化部").size();

        assertRefused(() -> lexicon.add("文化部", "重复", ""), "「文化部」已在错敏词中");
        assertRefused(() -> lexicon.add("  ", "原因", ""), "请填写错敏词");
        assertRefused(() -> lexicon.add("词".repeat(31), "原因", ""), "错敏词最多 30 个字，现有 31 个字");
        assertRefused(() -> lexicon.add("旧 局名", "原因", ""), "不能有空格");
        assertRefused(() -> lexicon.add("旧局名乙", "", ""), "请填写原因");
        assertRefused(() -> lexicon.add("旧局名乙", "因".repeat(201), ""), "原因最多 200 个字");
        assertRefused(() -> lexicon.add("旧局名乙", "原因", "新局名"), "例外「新局名」应是包含「旧局名乙」的更长的写法");
        assertRefused(() -> lexicon.add("旧局名乙", "原因", "旧局名乙"), "例外「旧局名乙」应是包含「旧局名乙」的更长的写法");
        long culture = logins.as("secadmin", () -> lexicon.list()).stream()
                .filter(row -> row.word().equals("文化部"))
                .findFirst()
                .orElseThrow()
                .id();
        assertRefused(() -> lexicon.change(culture, "", ""), "请填写原因");
        assertRefused(() -> lexicon.change(culture, "原因", "文化"), "例外「文化」应是包含「文化部」的更长的写法");
        assertRefused(() -> lexicon.delete(-1), "该错敏词已不存在");

        assertThat(lexicon.current()).isEqualTo(before.getFirst());
        assertThat(trail.forTarget("文化部")).hasSize(audited);
        assertThat(trail.forTarget("旧局名乙")).isEmpty();
    }

    @Test
    void nobody_but_the_security_administrator_lists_or_changes_the_words() {
        TestAgency agency = testAgencies.create();
        for (String user : List.of("sysadmin", "auditadmin", agency.handler(), agency.secrecy())) {
            assertThatThrownBy(() -> logins.as(user, () -> lexicon.add("旧局名丙", "原因", "")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> logins.as(user, () -> lexicon.list())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(lexicon.current().entries()).extracting(LexiconEntry::word).doesNotContain("旧局名丙");
    }

    @Test
    void a_word_added_on_the_list_is_found_in_a_draft_by_the_check_the_review_and_submission_see() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, Map.of(Section.S1, "本年度会同旧局名丁开展工作。"), Map.of());
        LexiconRow added = logins.as("secadmin", () -> lexicon.add("旧局名丁", "已更名为新局名丁。", ""));
        try {
            List<Finding> findings = logins.as(agency.handler(), () -> reports.check(reportId));

            assertThat(findings)
                    .filteredOn(f -> f.rule().equals("LEXICON"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.text()).contains(new TextSpan(Section.S1, 5, 9, "旧局名丁"));
                        assertThat(f.message()).contains("已更名为新局名丁。");
                    });
        } finally {
            logins.as("secadmin", () -> lexicon.delete(added.id()));
        }
        assertThat(logins.as(agency.handler(), () -> reports.check(reportId)))
                .noneMatch(f -> f.rule().equals("LEXICON"));
    }

    private void assertRefused(Runnable action, String message) {
        assertThatThrownBy(() -> logins.as("secadmin", action))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining(message);
    }
}
