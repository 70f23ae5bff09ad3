package cn.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoApplication;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.security.Passwords;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A start outside the demo profile: no default credential, and no start at all without an administrator password. */
class AdministratorBootstrapTest {

    @Test
    void a_first_production_start_without_an_administrator_password_refuses_with_a_clear_message() {
        assertThatThrownBy(() -> start().close())
                .hasStackTraceContaining("拒绝启动")
                .hasStackTraceContaining("NIANBAO_ADMIN_INITIAL_PASSWORD");
    }

    @Test
    void a_weak_initial_password_is_refused_as_well() {
        assertThatThrownBy(
                        () -> start("--nianbao.admin.initial-password=123456").close())
                .hasStackTraceContaining("不符合密码策略");
    }

    @Test
    void with_the_password_configured_the_three_administrators_exist_each_alone_in_their_role_and_must_change_it() {
        try (ConfigurableApplicationContext context = start("--nianbao.admin.initial-password=First@2026admin")) {
            AppUserRepository users = context.getBean(AppUserRepository.class);
            Passwords passwords = context.getBean(Passwords.class);
            assertThat(users.findByUsername("sysadmin").orElseThrow().getRoles())
                    .containsExactly(Role.SYSTEM_ADMIN);
            assertThat(users.findByUsername("secadmin").orElseThrow().getRoles())
                    .containsExactly(Role.SECURITY_ADMIN);
            assertThat(users.findByUsername("auditadmin").orElseThrow().getRoles())
                    .containsExactly(Role.AUDIT_ADMIN);
            assertThat(users.findAll())
                    .hasSize(3)
                    .allSatisfy(user ->
                            assertThat(passwords.mustChange(user.getId())).isTrue());
            assertThat(users.findByUsername("jingban"))
                    .as("no demo account outside the demo profile")
                    .isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        all[1] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(NianbaoApplication.class)
                .profiles("test")
                .run(all);
    }
}
