package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code nianbao.sso.*}: the defaults, and a switched-on single sign-on missing what it needs stops the start. */
class SsoPropertiesTest {

    @Test
    void off_by_default_with_the_usual_claim_label_and_scopes() {
        SsoProperties sso = new SsoProperties(false, null, null, null, null, null, null);

        assertThat(sso.enabled()).isFalse();
        assertThat(sso.usernameClaim()).isEqualTo("preferred_username");
        assertThat(sso.buttonLabel()).isEqualTo("统一身份认证登录");
        assertThat(sso.scopes()).containsExactly("openid", "profile");
    }

    @Test
    void switched_on_it_needs_the_issuer_and_the_client_and_says_which_is_missing() {
        assertThatThrownBy(() -> new SsoProperties(true, "https://tyrz.example", "nianbao", " ", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nianbao.sso.client-secret");
        assertThatThrownBy(() -> new SsoProperties(true, null, "nianbao", "s", null, null, null))
                .hasMessageContaining("nianbao.sso.issuer-uri");

        SsoProperties sso = new SsoProperties(
                true, "https://tyrz.example", "nianbao", "s", "account", "省统一身份认证", List.of("openid"));
        assertThat(sso.usernameClaim()).isEqualTo("account");
        assertThat(sso.buttonLabel()).isEqualTo("省统一身份认证");
        assertThat(sso.scopes()).containsExactly("openid");
    }
}
