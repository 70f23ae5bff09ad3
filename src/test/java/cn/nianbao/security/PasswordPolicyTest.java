package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(8, 3, 5);

    @Test
    void a_password_with_enough_length_and_three_classes_passes() {
        assertThat(policy.problemsOf("zhangsan", "Kjj@2026x")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_named() {
        assertThat(policy.problemsOf("zhangsan", "Ab1@")).containsExactly("密码至少 8 位。");
    }

    @Test
    void a_password_of_two_classes_is_refused_when_three_are_required() {
        assertThat(policy.problemsOf("zhangsan", "abcdefgh12"))
                .singleElement()
                .asString()
                .contains("至少 3 类");
    }

    @Test
    void a_password_containing_the_user_name_in_any_case_is_refused() {
        assertThat(policy.problemsOf("zhangsan", "ZhangSan@2026")).containsExactly("密码不能包含用户名。");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused() {
        assertThat(policy.problemsOf("u1", "Aa1@" + "x".repeat(70))).contains("密码最多 64 位。");
    }

    @Test
    void a_policy_below_the_floor_cannot_be_saved() {
        assertThat(new PasswordPolicy(6, 1, 2).problemsOfSetting()).hasSize(3);
        assertThat(new PasswordPolicy(12, 4, 10).problemsOfSetting()).isEmpty();
    }
}
