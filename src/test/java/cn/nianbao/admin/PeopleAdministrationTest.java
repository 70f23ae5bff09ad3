package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.security.FailedLogins;
import cn.nianbao.security.Logins;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 用户管理's edit with its checks, the paged search, and 解锁 of an account that failed logins locked. */
@NianbaoTest
class PeopleAdministrationTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserSearch search;

    @Autowired
    AppUserRepository users;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Autowired
    FailedLogins failedLogins;

    @Test
    void an_edit_saves_name_agency_phone_and_email_and_the_audit_trail_has_before_and_after() {
        TestAgency from = testAgencies.create();
        TestAgency to = testAgencies.create();
        long id = users.findByUsername(from.handler()).orElseThrow().getId();

        UserRow saved = logins.as(
                "sysadmin",
                () -> administration.update(id, " 新名字 ", to.id(), "0571-87654321-801", "xin@example.gov.cn"));

        AppUser user = users.findByUsername(from.handler()).orElseThrow();
        assertThat(user.getDisplayName()).isEqualTo("新名字");
        assertThat(user.getAgency().getId()).isEqualTo(to.id());
        assertThat(user.getPhone()).isEqualTo("0571-87654321-801");
        assertThat(user.getEmail()).isEqualTo("xin@example.gov.cn");
        assertThat(saved.agencyName()).isEqualTo(to.name());
        assertThat(trail.forTarget(from.handler())).anySatisfy(entry -> {
            assertThat(entry.detail()).isEqualTo("修改账号");
            assertThat(entry.before()).contains("agency=" + from.name()).contains("phone=null");
            assertThat(entry.after()).contains("agency=" + to.name()).contains("phone=0571-87654321-801");
        });
        logins.as("sysadmin", () -> administration.update(id, "新名字", to.id(), "+86-13912345678", ""));
        assertThat(users.findByUsername(from.handler()).orElseThrow().getEmail())
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty name|'  '|13800138000|a@example.gov.cn|姓名不能为空，最多 50 字。",
                "name too long|" + "张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张"
                        + "|13800138000|a@example.gov.cn|姓名不能为空，最多 50 字。",
                "short number|张三|12345|a@example.gov.cn|手机或电话「12345」格式不正确",
                "mobile of 10 digits|张三|1380013800|a@example.gov.cn|手机或电话「1380013800」格式不正确",
                "landline without area code|张三|87654321|a@example.gov.cn|手机或电话「87654321」格式不正确",
                "letters|张三|0571-8765abcd|a@example.gov.cn|手机或电话「0571-8765abcd」格式不正确",
                "e-mail without domain|张三|13800138000|zhangsan@|电子邮箱「zhangsan@」格式不正确",
                "e-mail without dot|张三|13800138000|zhangsan@example|电子邮箱「zhangsan@example」格式不正确",
                "e-mail with space|张三|13800138000|zhang san@example.gov.cn|电子邮箱「zhang san@example.gov.cn」格式不正确",
            })
    void a_wrong_field_is_named_and_nothing_is_saved(
            String what, String name, String phone, String email, String message) {
        TestAgency agency = testAgencies.create();
        AppUser before = users.findByUsername(agency.handler()).orElseThrow();

        assertThatThrownBy(() -> logins.as(
                        "sysadmin", () -> administration.update(before.getId(), name, agency.id(), phone, email)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageStartingWith(message);

        AppUser after = users.findByUsername(agency.handler()).orElseThrow();
        assertThat(after.getDisplayName()).isEqualTo(before.getDisplayName());
        assertThat(after.getPhone()).isNull();
        assertThat(after.getEmail()).isNull();
    }

    @Test
    void an_e_mail_too_long_or_an_unknown_agency_is_refused_by_name() {
        TestAgency agency = testAgencies.create();
        long id = users.findByUsername(agency.handler()).orElseThrow().getId();
        String longMail = "a".repeat(250) + "@example.gov.cn";

        assertThatThrownBy(
                        () -> logins.as("sysadmin", () -> administration.update(id, "张三", agency.id(), "", longMail)))
                .hasMessage("电子邮箱最多 254 个字符。");
        assertThatThrownBy(() -> logins.as("sysadmin", () -> administration.update(id, "张三", 987_654_321L, "", "")))
                .hasMessage("所属机关不存在，请重新选择。");
        assertThat(users.findByUsername(agency.handler()).orElseThrow().getDisplayName())
                .isNotEqualTo("张三");
    }

    @Test
    void the_search_finds_by_user_name_name_or_agency_one_page_at_a_time_with_its_count() {
        TestAgency agency = testAgencies.createNamed("分页查找测试局" + System.nanoTime());
        String prefix = "page" + System.nanoTime();
        IntStream.range(0, 205).forEach(i -> testAgencies.addPerson(agency, prefix + "%03d".formatted(i), "翻页人员" + i));

        List<UserRow> first = logins.as("sysadmin", () -> search.page(prefix, 0, 10));
        List<UserRow> last = logins.as("sysadmin", () -> search.page(prefix, 200, 10));

        assertThat(first).hasSize(10);
        assertThat(first.getFirst().username()).isLessThan(first.getLast().username());
        assertThat(first.getLast().username()).endsWith(prefix + "009");
        assertThat(last).extracting(UserRow::username).last().asString().endsWith(prefix + "204");
        assertThat(last).hasSize(5);
        assertThat(logins.as("sysadmin", () -> search.count(prefix))).isEqualTo(205);
        assertThat(logins.as("sysadmin", () -> search.count(agency.name()))).isEqualTo(209); // and the 4 of the agency
        assertThat(logins.as("sysadmin", () -> search.page("翻页人员202", 0, 50)))
                .singleElement()
                .satisfies(row -> assertThat(row.agencyName()).isEqualTo(agency.name()));
        assertThat(logins.as("sysadmin", () -> search.count("_")))
                .as("_ is no wildcard")
                .isZero();
        assertThat(logins.as("sysadmin", () -> search.page(prefix, 0, 1000))).hasSize(UserSearch.MAX_PAGE);
    }

    @Test
    void a_locked_account_shows_until_when_and_unlocking_it_lets_the_person_in_again_audited() {
        TestAgency agency = testAgencies.create();
        failedLogins.lock(agency.handler());
        UserRow row = logins.as("sysadmin", () -> search.page(agency.handler(), 0, 10))
                .getFirst();
        assertThat(row.locked()).isTrue();
        assertThat(failedLogins.isLocked(agency.handler(), TestAgencies.PASSWORD))
                .isTrue();

        logins.as("sysadmin", () -> search.unlock(row.id()));

        assertThat(failedLogins.isLocked(agency.handler(), TestAgencies.PASSWORD))
                .isFalse();
        assertThat(logins.as("sysadmin", () -> search.page(agency.handler(), 0, 10))
                        .getFirst()
                        .locked())
                .isFalse();
        assertThat(trail.forTarget(agency.handler())).anySatisfy(entry -> {
            assertThat(entry.detail()).isEqualTo("解锁账号（连续登录失败锁定）");
            assertThat(entry.before()).startsWith("已锁定至 ");
            assertThat(entry.actorUsername()).isEqualTo("sysadmin");
        });
        assertThatThrownBy(() -> logins.as("sysadmin", () -> search.unlock(row.id())))
                .hasMessage("账号「" + agency.handler() + "」未被锁定，无需解锁。");
    }

    @Test
    void the_other_administrators_and_the_chain_may_neither_search_edit_nor_unlock() {
        TestAgency agency = testAgencies.create();
        long id = users.findByUsername(agency.handler()).orElseThrow().getId();
        failedLogins.lock(agency.lead());
        long locked = users.findByUsername(agency.lead()).orElseThrow().getId();
        for (String other : List.of("secadmin", "auditadmin", agency.lead())) {
            assertThatThrownBy(() -> logins.as(other, () -> search.page("", 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> logins.as(other, () -> search.count("")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> logins.as(other, () -> administration.update(id, "改名", agency.id(), "", "")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> logins.as(other, () -> search.unlock(locked)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.findByUsername(agency.handler()).orElseThrow().getDisplayName())
                .isNotEqualTo("改名");
        assertThat(failedLogins.isLocked(agency.lead(), TestAgencies.PASSWORD)).isTrue();
    }
}
