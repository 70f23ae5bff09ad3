package cn.nianbao.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.sso.*}: single sign-on with the province's 统一身份认证 where it speaks OpenID Connect. Off unless
 * {@code enabled}; then {@code issuer-uri}, {@code client-id} and {@code client-secret} are required, and
 * {@code username-claim} names the claim of the ID token (or user info) that carries the Nianbao user name.
 */
@ConfigurationProperties("nianbao.sso")
public record SsoProperties(
        boolean enabled,
        String issuerUri,
        String clientId,
        String clientSecret,
        String usernameClaim,
        String buttonLabel,
        List<String> scopes) {

    /** The one client registration; its flow starts at {@code /oauth2/authorization/nianbao-sso}. */
    public static final String REGISTRATION_ID = "nianbao-sso";

    public static final String START_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    public SsoProperties {
        usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim;
        buttonLabel = blank(buttonLabel) ? "统一身份认证登录" : buttonLabel;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        if (enabled) {
            require(issuerUri, "issuer-uri");
            require(clientId, "client-id");
            require(clientSecret, "client-secret");
        }
    }

    private static void require(String value, String name) {
        if (blank(value)) {
            throw new IllegalArgumentException("nianbao.sso.enabled=true 时必须设置 nianbao.sso." + name + "（统一身份认证的配置）。");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
