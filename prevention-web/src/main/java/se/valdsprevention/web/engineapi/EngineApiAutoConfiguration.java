package se.valdsprevention.web.engineapi;

import jakarta.servlet.ServletRegistration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link EngineApiGuard} and {@link EngineApiErrors} in front of both engine APIs an application with the
 * Camunda starters has: the REST API ({@code /engine-rest}, the starter's Jersey application) and the webapps' own
 * ({@code /camunda/api/engine}, which Tasklist, Cockpit and Admin call).
 */
@AutoConfiguration(
        after = CamundaBpmWebappAutoConfiguration.class,
        before = CamundaBpmRestJerseyAutoConfiguration.class)
@ConditionalOnClass(name = "org.camunda.bpm.engine.rest.util.EngineUtil")
public class EngineApiAutoConfiguration {

    /** The name the Camunda starter gives the webapps' engine API servlet. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    static List<Class<?>> providers() {
        List<Class<?>> providers = new ArrayList<>();
        providers.add(EngineApiGuard.class);
        providers.addAll(EngineApiErrors.MAPPERS);
        return providers;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig")
    static class RestApi {

        @Bean
        ResourceConfigCustomizer preventionEngineApiGuard() {
            return config -> providers().forEach(provider -> config.register(provider, 1));
        }
    }

    /**
     * The Camunda starter registers the webapps' engine API in its {@code CamundaBpmWebappInitializer} as a Jersey
     * servlet whose JAX-RS application offers no way to add a provider; Jersey adds those named in the servlet's
     * init parameter {@link ServerProperties#PROVIDER_CLASSNAMES}. This initializer sets it, so it must run after
     * Camunda's: this auto-configuration is ordered after the webapp's, and Spring Boot calls initializers of equal
     * order in the order their beans were defined.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(type = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer")
    static class WebappApi {

        @Bean
        ServletContextInitializer preventionWebappEngineApiGuard() {
            return servletContext -> {
                ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
                if (engineApi == null) {
                    throw new IllegalStateException("The Camunda webapps registered no servlet '" + WEBAPP_ENGINE_API
                            + "' before this initializer; Tasklist's engine API would be unguarded");
                }
                engineApi.setInitParameter(
                        ServerProperties.PROVIDER_CLASSNAMES,
                        String.join(
                                ",", providers().stream().map(Class::getName).toList()));
            };
        }
    }
}
