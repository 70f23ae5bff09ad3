package cn.nianbao.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A stand-in for the province's 统一身份认证: Spring Authorization Server as an application of its own on a port of
 * its own, so it shares neither filter chain nor session nor database with Nianbao. Anyone logs in at its form as
 * {@code tyrz-NAME} with {@link #PASSWORD}; the ID token then says {@value #ACCOUNT_CLAIM} = NAME, which is what
 * Nianbao is told to read, while the subject stays the provider's own name (so Nianbao must read the claim).
 * A {@link TestConfiguration}: Nianbao's component scan in the tests leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
// Tomcat, and a servlet behind the filters: the provider's endpoints are all Spring Security filters, which Tomcat
// runs only for a request some servlet is mapped to
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
public class OidcProvider {

    public static final String PASSWORD = "tyrz-password";
    public static final String ACCOUNT_CLAIM = "account";
    static final String PREFIX = "tyrz-";

    /** Starts the provider on a free port of localhost; the caller closes it. */
    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OidcProvider.class)
                // the test profile's logging, which it sets up again for the whole JVM as Nianbao's contexts do
                .profiles("test")
                .properties(
                        "server.port=0",
                        // the browser keeps one cookie jar for localhost whatever the port: a name of its own
                        "server.servlet.session.cookie.name=TYRZSESSION")
                .run();
    }

    public static String issuer(ConfigurableApplicationContext provider) {
        return "http://localhost:"
                + ((WebServerApplicationContext) provider).getWebServer().getPort();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return new CurrentGlobalStrategy();
    }

    @Bean
    UserDetailsService people() {
        return name -> User.withUsername(name)
                .password("{noop}" + PASSWORD)
                .roles("USER")
                .build();
    }

    /** The provider's one client ({@link org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository}). */
    @Bean
    NianbaoClient nianbaoClient() {
        return new NianbaoClient();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accountClaim() {
        return context -> {
            String name = context.getPrincipal().getName();
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue()) && name.startsWith(PREFIX)) {
                context.getClaims().claim(ACCOUNT_CLAIM, name.substring(PREFIX.length()));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** For the user info endpoint, which reads the access token Nianbao sends. */
    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    /** The issuer is taken from each request, http://localhost:PORT, the address Nianbao is given. */
    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
