package cn.nianbao.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The provider's client registration, read from its discovery document ({@code issuer-uri}) at the first single
 * sign-on rather than at start: a provider that is down or unreachable while Nianbao starts must not stop Nianbao
 * (the 三员 and areas without single sign-on log in with their passwords). Kept once read; a failed read is tried
 * again at the next attempt.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    private final SsoProperties sso;
    private volatile ClientRegistration registration;

    IssuerClientRegistrations(SsoProperties sso) {
        this.sso = sso;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
                    .registrationId(SsoProperties.REGISTRATION_ID)
                    .clientName(sso.buttonLabel())
                    .clientId(sso.clientId())
                    .clientSecret(sso.clientSecret())
                    .scope(sso.scopes())
                    .build();
            registration = known;
        }
        return known;
    }
}
