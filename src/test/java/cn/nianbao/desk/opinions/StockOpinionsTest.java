package cn.nianbao.desk.opinions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.security.Logins;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 常用意见 through the service: seeded once, added and deleted by their owner only, each refusal changing nothing. */
@NianbaoTest
class StockOpinionsTest {

    @Autowired
    StockOpinions stockOpinions;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void a_new_list_is_seeded_once_and_what_the_person_deletes_stays_deleted() {
        assertThat(textsOf(agency.lead())).containsExactly("同意。", "同意，请分管领导审核。", "同意，请主要领导签发。", "请按意见修改后重新提交。");

        for (StockOpinion opinion : mine(agency.lead())) {
            logins.as(agency.lead(), () -> stockOpinions.delete(opinion.id()));
        }

        assertThat(textsOf(agency.lead())).isEmpty();
    }

    @Test
    void an_added_opinion_comes_last_stripped_and_cleaned() {
        logins.as(agency.secrecy(), () -> stockOpinions.add("  经审查，不涉及国家秘密\u0000。 "));

        assertThat(textsOf(agency.secrecy())).hasSize(5).last().isEqualTo("经审查，不涉及国家秘密。");
    }

    @Test
    void empty_too_long_duplicate_and_one_too_many_are_refused_in_chinese_and_change_nothing() {
        List<String> before = textsOf(agency.supervisor());

        assertRefused(" ", "请填写常用意见的内容。");
        assertRefused("意".repeat(201), "常用意见最多 200 字（当前 201 字），请删减后再添加。");
        assertRefused(" 同意。", "「同意。」已在您的常用意见中。");
        assertThat(textsOf(agency.supervisor())).isEqualTo(before);

        logins.as(agency.supervisor(), () -> stockOpinions.add("意".repeat(200)));
        for (int i = before.size() + 1; i < StockOpinions.MOST_OPINIONS; i++) {
            int n = i;
            logins.as(agency.supervisor(), () -> stockOpinions.add("意见" + n));
        }
        List<String> full = textsOf(agency.supervisor());
        assertThat(full).hasSize(30);
        assertRefused("第三十一条", "常用意见最多 30 条，请先删除不再使用的意见。");
        assertThat(textsOf(agency.supervisor())).isEqualTo(full);
    }

    @Test
    void each_person_reads_and_deletes_only_their_own_list() {
        StockOpinion leads = logins.as(agency.lead(), () -> stockOpinions.add("拟同意，请按程序发布。"));

        assertThat(textsOf(agency.handler())).doesNotContain("拟同意，请按程序发布。");
        assertThatThrownBy(() -> logins.as(agency.handler(), () -> stockOpinions.delete(leads.id())))
                .isInstanceOf(StockOpinionException.class)
                .hasMessage("这条常用意见不存在或已删除。");
        assertThat(textsOf(agency.lead())).contains("拟同意，请按程序发布。");

        logins.as(agency.handler(), () -> stockOpinions.add("拟同意，请按程序发布。"));
        assertThat(textsOf(agency.lead())).containsOnlyOnce("拟同意，请按程序发布。");
        assertThatThrownBy(() -> logins.as("sysadmin", () -> stockOpinions.mine()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String text, String message) {
        assertThatThrownBy(() -> logins.as(agency.supervisor(), () -> stockOpinions.add(text)))
                .isInstanceOf(StockOpinionException.class)
                .hasMessage(message);
    }

    private List<StockOpinion> mine(String username) {
        return logins.as(username, () -> stockOpinions.mine());
    }

    private List<String> textsOf(String username) {
        return mine(username).stream().map(StockOpinion::text).toList();
    }
}
