package demarc.api.access;

import java.nio.file.Path;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security set up for API keys only: no sessions, cookies, login forms or CSRF tokens (a request carries
 * its key in a header, which a foreign site cannot make a browser send). Every request is decided by
 * {@link AccessPolicy}. The server refuses to start beyond localhost without an active key ({@link BindGuard}).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AccessConfiguration {

    @Bean
    ApiKeyStore apiKeyStore(@Value("${demarc.db}") Path store) {
        return ApiKeyStore.in(store);
    }

    @Bean
    SecurityFilterChain apiKeys(HttpSecurity http, ApiKeyStore keys, JsonMapper json, Environment environment)
            throws Exception {
        BindGuard.refuseUnprotected(environment.getProperty("server.address"), keys);
        ProblemResponder problems = new ProblemResponder(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(byPolicy(keys)))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Grants what the table allows the caller's role. While no key exists the API is open, as it was before keys;
     * an error dispatch carries a request that was already let through.
     */
    private static AuthorizationManager<RequestAuthorizationContext> byPolicy(ApiKeyStore keys) {
        return (authentication, context) -> {
            var request = context.getRequest();
            if (request.getDispatcherType() != DispatcherType.REQUEST || !keys.required()) {
                return new AuthorizationDecision(true);
            }
            AccessPolicy.Rule rule = AccessPolicy.ruleFor(request.getMethod(), ProblemResponder.path(request));
            return new AuthorizationDecision(rule.isPublic()
                    || authentication.get() instanceof ApiKeyAuthentication key && rule.allows(key.role()));
        };
    }
}
