package cn.nianbao.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Single sign-on, present only with {@code nianbao.sso.enabled=true} ({@link SsoConfig}): Spring Security's OAuth2
 * login beside the password form, started at {@link SsoProperties#START_PATH}, the provider answering at
 * {@code /login/oauth2/code/nianbao-sso}. The tokens live in the session only, and go with it.
 */
public final class SsoLogin {

    private final SsoProperties sso;
    private final SsoAccounts accounts;
    private final SessionRegistry sessions;

    SsoLogin(SsoProperties sso, SsoAccounts accounts, SessionRegistry sessions) {
        this.sso = sso;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Adds the login to the application's chain; {@code failures} sends a refusal, or a provider that cannot be
     * reached, back to the login page ({@code loginPage}) with what to say.
     */
    public void applyTo(HttpSecurity http, String loginPage, AuthenticationFailureHandler failures) throws Exception {
        // the same repositories Spring Security keeps the signed-in context in by default
        DelegatingSecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.oauth2Login(login -> login.loginPage(loginPage)
                .clientRegistrationRepository(new IssuerClientRegistrations(sso))
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(
                        userInfo -> userInfo.oidcUserService(new SsoUserService(accounts, sso.usernameClaim())))
                .successHandler(new SsoLoginSuccess(contexts, sessions))
                .failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
    }
}
