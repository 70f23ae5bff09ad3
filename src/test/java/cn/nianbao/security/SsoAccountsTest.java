package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.security.SsoRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which account a name vouched for by 统一身份认证 signs in, and what each refusal says on the login page; the
 * whole flow over HTTP is {@code security.sso.SingleSignOnOverHttpTest}.
 */
@NianbaoTest
class SsoAccountsTest {

    @Autowired
    SsoAccounts accounts;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    AppUserRepository users;

    @Test
    void an_existing_account_signs_in_with_its_own_roles_and_agency() {
        TestAgencies.TestAgency agency = testAgencies.create();

        NianbaoUserDetails account = accounts.accountFor(agency.lead());

        assertThat(account.getUsername()).isEqualTo(agency.lead());
        assertThat(account.actor().agencyId()).isEqualTo(agency.id());
        assertThat(account.roleNames()).containsExactly("LEAD");
    }

    @Test
    void a_disabled_account_is_refused_and_says_so() {
        String handler = testAgencies.create().handler();
        AppUser user = users.findByUsername(handler).orElseThrow();
        user.setEnabled(false);
        users.save(user);

        assertThatThrownBy(() -> accounts.accountFor(handler))
                .isInstanceOfSatisfying(SsoRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.DISABLED);
                    assertThat(refused.pageMessage()).isEqualTo("账号 " + handler + " 已停用，无法登录，请联系系统管理员。");
                });
    }

    @Test
    void an_unknown_name_is_named_in_the_message_and_a_missing_name_refused() {
        assertThatThrownBy(() -> accounts.accountFor("zhangsan-nowhere"))
                .isInstanceOfSatisfying(
                        SsoRefusedException.class,
                        refused -> assertThat(refused.pageMessage())
                                .isEqualTo("统一身份认证的账号 zhangsan-nowhere 在本系统中不存在，请联系系统管理员。"));
        assertThatThrownBy(() -> accounts.accountFor(" "))
                .isInstanceOfSatisfying(
                        SsoRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NO_NAME));
    }

    @Test
    void each_of_the_three_administrators_must_use_the_local_password() {
        for (String administrator : new String[] {"sysadmin", "secadmin", "auditadmin"}) {
            assertThatThrownBy(() -> accounts.accountFor(administrator))
                    .isInstanceOfSatisfying(SsoRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.ADMINISTRATOR);
                        assertThat(refused.pageMessage()).contains("请使用本系统的用户名和密码登录");
                    });
        }
    }
}
