package se.valdsprevention.workflows;

import java.util.LinkedHashSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.deployment.PreventionResourcesPlugin;
import se.valdsprevention.workflows.identity.IdentityIdsPlugin;
import se.valdsprevention.workflows.identity.PreventionIdentity;
import se.valdsprevention.workflows.tenant.MunicipalityTenantIdProvider;
import se.valdsprevention.workflows.tenant.MunicipalityTenantPlugin;

/**
 * What a Camunda Spring Boot application gets by adding prevention-workflows: the models and forms
 * deployed, municipalities as tenants, the roles' groups, grants and Tasklist filters.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@EnableConfigurationProperties(CountyProperties.class)
public class PreventionWorkflowsAutoConfiguration {

    @Bean
    MunicipalityTenantIdProvider municipalityTenantIdProvider(CountyProperties county) {
        return new MunicipalityTenantIdProvider(new LinkedHashSet<>(county.municipalityCodes()));
    }

    @Bean
    MunicipalityTenantPlugin municipalityTenantPlugin(MunicipalityTenantIdProvider tenantIdProvider) {
        return new MunicipalityTenantPlugin(tenantIdProvider);
    }

    /** Runs after the starter's deployment configuration so the host's resources are already resolved. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    PreventionResourcesPlugin preventionResourcesPlugin() {
        return new PreventionResourcesPlugin(PreventionWorkflowsAutoConfiguration.class.getClassLoader());
    }

    @Bean
    IdentityIdsPlugin identityIdsPlugin() {
        return new IdentityIdsPlugin();
    }

    @Bean
    PreventionIdentity preventionIdentity(ProcessEngine processEngine, CountyProperties county) {
        return new PreventionIdentity(processEngine, county);
    }
}
