package se.valdsprevention.app.rest;

import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Gives the webapps' own engine API ({@code /camunda/api/engine}, which Tasklist calls to submit a
 * form) the same answer to refused input as {@code /engine-rest}: {@link InvalidSubmissionMapper}.
 *
 * <p>The Camunda starter registers that API in its {@code CamundaBpmWebappInitializer} as the Jersey
 * servlet {@value #ENGINE_API} with its own JAX-RS application, which offers no way to add a provider;
 * Jersey adds the providers named in the servlet's init parameter
 * {@link ServerProperties#PROVIDER_CLASSNAMES}. This initializer sets that parameter, so it must run
 * after Camunda's: it is an auto-configuration ordered after Camunda's webapp configuration (listed in
 * {@code META-INF/spring/…AutoConfiguration.imports}), and Spring Boot calls initializers of equal order
 * in the order their beans were defined.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
@ConditionalOnBean(type = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer")
public class TasklistRestErrors {

    /** The name the Camunda starter gives the webapps' engine API servlet. */
    static final String ENGINE_API = "Engine Api";

    @Bean
    ServletContextInitializer tasklistRefusalsInSwedish() {
        return servletContext -> {
            ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API);
            if (engineApi == null) {
                throw new IllegalStateException("The Camunda webapps registered no servlet '" + ENGINE_API
                        + "' before this initializer; Tasklist would show refusals without their Swedish message");
            }
            engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, InvalidSubmissionMapper.class.getName());
        };
    }
}
