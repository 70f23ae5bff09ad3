package cn.nianbao.security.ui;

import cn.nianbao.security.SsoLogin;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The public portal, its stylesheet and the favicon (also the Vaadin pages') are open to everyone; every other page needs a login. Vaadin's configurer
 * adds the login view and protects its internal requests; each service still checks role and agency itself.
 * Error dispatches are let through: the request that failed was authorised already, and an anonymous visitor
 * asking for a report that is not published must get 404, not a redirect to the login page.
 * <p>
 * The portal has a chain of its own: it serves the same pages to everyone and only to GET, so it neither reads nor
 * creates a session, keeps no request for after a login and needs no CSRF token; the Vaadin chain's filters (session
 * registry, login, logout, Vaadin's request matchers) do not run for its requests. Its pages carry no script and no
 * inline style, so its Content-Security-Policy allows nothing but its own stylesheet; only the public API's Swagger UI
 * ({@code /public/api}) has a chain of its own, as open and stateless, whose policy lets Swagger UI run.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** The portal: its own stylesheet, links and the search form, nothing else. */
    static final String PORTAL_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    /**
     * Swagger UI of the public API ({@code /public/api} and its resources): its own script, the inline styles and
     * data: images its React components set, and requests to this origin for the API's description and the tries;
     * no framing, nothing from elsewhere.
     */
    static final String API_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    /**
     * The Vaadin application: Vaadin's client needs inline scripts and styles in its bootstrap page and evaluates
     * the JavaScript the server sends (executeJs), hence 'unsafe-inline' and 'unsafe-eval'; everything from this
     * origin only, and no framing.
     */
    static final String APP_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI, before the portal's chain: like it stateless and open, with the policy Swagger UI needs. */
    @Bean
    @Order(0)
    SecurityFilterChain publicApiUiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/api", "/public/api/", "/public/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_UI_POLICY)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicPortalChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public", "/public/**", "/portal.css", "/favicon.ico", "/favicon.svg")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_POLICY)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            RequestUtil vaadinRequests,
            ObjectProvider<SsoLogin> singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/nianbao.css")
                .permitAll()
                // the checker over HTTP reads only what is posted and stores nothing: open, and no CSRF token
                .requestMatchers(HttpMethod.POST, "/api/check")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/check"));
        // Vaadin's own CSRF settings would also exempt POST /login, so anyone's page could sign a visitor in as
        // someone else (login CSRF): only Vaadin's internal requests, which carry Vaadin's own token, are exempt.
        // The login form sends the token it finds in the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // a login page whose session has ended meanwhile posts a token that is no longer valid: say so on the page
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(
                        request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.TIMEOUT),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + LoginView.ROUTE)));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SessionTimeoutEntryPoint()));
        http.formLogin(login -> login.failureHandler(new LoginFailures()));
        // single sign-on beside the form, only where nianbao.sso.enabled (otherwise no OAuth2 filter at all)
        SsoLogin sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.applyTo(http, "/" + LoginView.ROUTE, new SsoFailures());
        }
        // every session is registered, so that disabling an account ends the sessions it has open (OpenSessions)
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // Vaadin's pages reach its servlet through a forward, which commits the response before Spring Security
        // writes its headers at the end of the chain: written first, they are on every page (nosniff, no-store)
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(APP_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // an address that matches no route is denied by default before Vaadin sees it, and a signed-in person then
        // lands on the login page: signed in, such a request reaches Vaadin, whose 没有这个页面 sits in the usual frame
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                // 退出登录 lands on the login page itself: by default it went to "/", which the ended session's cookie
                // turned into 「登录已超时」 (SessionTimeoutEntryPoint)
                vaadin -> vaadin.loginView(LoginView.class, "/" + LoginView.ROUTE)
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
