package se.valdsprevention.app.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the engine REST API to anonymous callers (prevention-web guards the pages and {@code /api}).
 *
 * <p>The starter leaves {@code /engine-rest} open. Here every request must authenticate with HTTP
 * basic against Camunda's identity service (the database, or LDAP where configured); the user's
 * groups and tenants then decide what the engine shows, exactly as in Tasklist.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    static final String[] PROTECTED_PATHS = {"/engine-rest/*"};

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("prevention-rest-authentication");
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(PROTECTED_PATHS);
        return registration;
    }
}
