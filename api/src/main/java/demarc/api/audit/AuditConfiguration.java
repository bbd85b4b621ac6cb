package demarc.api.audit;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import demarc.api.access.ApiKeyStore;

/** The audit of the store in {@code demarc.db}, and the filter that records every API request in it. */
@Configuration
class AuditConfiguration {

    /** Before Spring Security's filter (order -100), so that its refusals are recorded as well. */
    static final int FILTER_ORDER = -200;

    @Bean
    AuditLog auditLog(@Value("${demarc.db}") Path store) {
        return AuditLog.in(store);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<AuditFilter> auditFilter(AuditLog audit, ApiKeyStore keys) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(audit, keys));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
