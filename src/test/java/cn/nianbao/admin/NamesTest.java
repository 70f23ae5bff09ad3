package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Names that would make one agency or person look like another are refused, and nothing is saved. */
@NianbaoTest
class NamesTest {

    @Autowired
    AgencyAdministration agencies;

    @Autowired
    UserAdministration users;

    @Autowired
    AgencyRepository agencyRepository;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Logins logins;

    /** A right-to-left override, zero-width characters, a BOM, a control character. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202E局术技学科县温",
                "温县\u200B科学技术局",
                "温县科学\u200D技术局",
                "\uFEFF温县统计局",
                "温县\u2066统计局\u2069",
                "温县\u0000统计局"
            })
    void an_agency_name_with_invisible_or_reordering_characters_is_refused(String name) {
        String code = "spoof-" + System.nanoTime();

        assertThatThrownBy(() -> logins.as("sysadmin", () -> agencies.create(code, name, AgencyKind.DEPARTMENT, null)))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining("机关名称中含有不可见或改变文字方向的字符");
        assertThat(agencyRepository.findByCode(code)).isEmpty();
    }

    @Test
    void a_second_agency_of_the_same_name_under_the_same_parent_is_refused_also_in_full_width_or_with_spaces() {
        AgencyRow county =
                logins.as("sysadmin", () -> agencies.create("names-county", "名称县人民政府", AgencyKind.GOVERNMENT, null));
        logins.as("sysadmin", () -> agencies.create("names-tongji", "名称县统计局 2", AgencyKind.DEPARTMENT, county.id()));

        for (String same : new String[] {"名称县统计局 2", "名称县统计局２", " 名称县 统计局2 "}) {
            assertThatThrownBy(() -> logins.as(
                            "sysadmin",
                            () -> agencies.create(
                                    "names-" + System.nanoTime(), same, AgencyKind.DEPARTMENT, county.id())))
                    .as(same)
                    .isInstanceOf(AdministrationException.class)
                    .hasMessageContaining("同一上级机关下已有名为「名称县统计局 2」的机关");
        }
        AgencyRow other = logins.as(
                "sysadmin", () -> agencies.create("names-other-county", "另一县人民政府", AgencyKind.GOVERNMENT, null));
        assertThat(logins.as(
                                "sysadmin",
                                () -> agencies.create("names-tongji-2", "名称县统计局 2", AgencyKind.DEPARTMENT, other.id()))
                        .name())
                .as("the same name under another parent")
                .isNotNull();
    }

    @Test
    void renaming_an_agency_to_its_siblings_name_is_refused_and_saving_it_unchanged_is_not() {
        AgencyRow county =
                logins.as("sysadmin", () -> agencies.create("rename-county", "改名县人民政府", AgencyKind.GOVERNMENT, null));
        logins.as("sysadmin", () -> agencies.create("rename-a", "改名县甲局", AgencyKind.DEPARTMENT, county.id()));
        AgencyRow b =
                logins.as("sysadmin", () -> agencies.create("rename-b", "改名县乙局", AgencyKind.DEPARTMENT, county.id()));

        assertThatThrownBy(() -> logins.as(
                        "sysadmin", () -> agencies.update(b.id(), "改名县甲局", AgencyKind.DEPARTMENT, county.id())))
                .isInstanceOf(AdministrationException.class);
        assertThat(logins.as("sysadmin", () -> agencies.update(b.id(), "改名县乙局", AgencyKind.DEPARTMENT, county.id()))
                        .name())
                .isEqualTo("改名县乙局");
        assertThat(agencyRepository.findByCode("rename-b").orElseThrow().getName())
                .isEqualTo("改名县乙局");
    }

    @Test
    void a_persons_name_with_a_right_to_left_override_is_refused() {
        TestAgency agency = testAgencies.create();

        assertThatThrownBy(() -> logins.as(
                        "sysadmin",
                        () -> users.create(
                                "rtl-" + System.nanoTime() % 100000, "\u202E明张", agency.id(), "Start@2026pw")))
                .isInstanceOf(AdministrationException.class)
                .hasMessageContaining("姓名中含有不可见或改变文字方向的字符（U+202E）");
    }
}
