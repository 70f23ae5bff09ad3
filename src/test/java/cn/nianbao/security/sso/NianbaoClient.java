package cn.nianbao.security.sso;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * Nianbao as the provider's one client. Its redirect address must match exactly and holds Nianbao's port, known
 * only once Nianbao has started, after the provider: the test tells it then ({@link #redirectTo}).
 */
public final class NianbaoClient implements RegisteredClientRepository {

    public static final String CLIENT_ID = "nianbao";
    public static final String SECRET = "nianbao-secret";

    private volatile String redirectUri = "http://localhost/not-yet-known";

    public void redirectTo(String uri) {
        redirectUri = uri;
    }

    /** Only ever the provider re-encoding the secret after a check: the client is built anew at each look-up. */
    @Override
    public void save(RegisteredClient client) {}

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (!CLIENT_ID.equals(clientId)) {
            return null;
        }
        return RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .build())
                .build();
    }
}
