package cn.nianbao.security;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one way to log in ({@link ThrottledLoginProvider}) and the events every attempt publishes for the audit. */
@Configuration
class LoginConfig {

    @Bean
    AuthenticationProvider loginProvider(
            NianbaoUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginAddressLimit addresses,
            LoginAttempts names) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledLoginProvider(passwords, addresses, names);
    }

    /**
     * Spring Security's publisher knows only its own exceptions, each by its exact class: without these mappings a
     * refusal of ours, or a failure inside the login (the database unreachable), would publish nothing and be
     * missing from the audit trail.
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(LoginRefusedException.class, AuthenticationFailureLockedEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureServiceExceptionEvent.class);
        return publisher;
    }
}
