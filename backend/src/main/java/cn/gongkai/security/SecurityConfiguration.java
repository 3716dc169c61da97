package cn.gongkai.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * One filter chain. Sessions live in the database (Spring Session JDBC); CSRF is a cookie-to-header token
 * ({@code XSRF-TOKEN} cookie, {@code X-XSRF-TOKEN} header, raw value as {@code GET /api/v1/auth/csrf} returns it)
 * required on every write, login included: read from the header only (never a request parameter) and replaced at
 * login. Both cookies are {@code SameSite=Lax}, and {@code Secure} when the request came over HTTPS (behind a
 * proxy: {@code server.forward-headers-strategy}). Roles are checked with method security on the controllers. The
 * OpenAPI document and Swagger UI need a login unless {@code gongkai.api-docs.public} (default true) says otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** the raw token from the {@code X-XSRF-TOKEN} header; a {@code _csrf} parameter is not looked at */
    static final CsrfTokenRequestAttributeHandler CSRF_REQUESTS = new CsrfTokenRequestAttributeHandler() {
        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            return request.getHeader(csrfToken.getHeaderName());
        }
    };

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionSecurityContextRepository contexts,
            ProblemResponses problems, CookieCsrfTokenRepository csrfTokens, Environment environment)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> loggedIn = AuthenticatedAuthorizationManager.authenticated();
        AuthorizationManager<RequestAuthorizationContext> apiDocs = (authentication, context) ->
                environment.getProperty("gongkai.api-docs.public", Boolean.class, true) ? new AuthorizationDecision(true)
                        : loggedIn.authorize(authentication, context);
        http.securityContext(sc -> sc.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(CSRF_REQUESTS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/csrf", "/api/v1/auth/login", "/api/v1/public/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**").access(apiDocs)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; object-src 'none'")))
                .addFilterAfter(new PasswordChangeGate(problems), ExceptionTranslationFilter.class);
        return http.build();
    }

    /** BCrypt through the delegating encoder ({bcrypt}…), so hashes can be upgraded later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
