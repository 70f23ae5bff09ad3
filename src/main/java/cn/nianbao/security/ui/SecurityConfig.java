package cn.nianbao.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public portal and its stylesheet are open to everyone; every other page needs a login. Vaadin's configurer
 * adds the login view and protects its internal requests; each service still checks role and agency itself.
 * Error dispatches are let through: the request that failed was authorised already, and an anonymous visitor
 * asking for a report that is not published must get 404, not a redirect to the login page.
 * <p>
 * The portal has a chain of its own: it serves the same pages to everyone and only to GET, so it neither reads nor
 * creates a session, keeps no request for after a login and needs no CSRF token; the Vaadin chain's filters (session
 * registry, login, logout, Vaadin's request matchers) do not run for its requests.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain publicPortalChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public", "/public/**", "/portal.css")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/nianbao.css").permitAll()
                // the checker over HTTP reads only what is posted and stores nothing: open, and no CSRF token
                .requestMatchers(HttpMethod.POST, "/api/check").permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/check"));
        // every session is registered, so that disabling an account ends the sessions it has open (OpenSessions)
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
