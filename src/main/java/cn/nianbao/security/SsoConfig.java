package cn.nianbao.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;

/**
 * {@link SsoLogin} only when {@code nianbao.sso.enabled=true}: otherwise no OAuth2 login exists at all, and the
 * login page and its chain are as without single sign-on.
 */
@Configuration
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfig {

    @Bean
    @ConditionalOnBooleanProperty("nianbao.sso.enabled")
    SsoLogin ssoLogin(SsoProperties sso, SsoAccounts accounts, SessionRegistry sessions) {
        return new SsoLogin(sso, accounts, sessions);
    }
}
