package se.valdsprevention.app.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an installation that has no administrator.
 *
 * <p>With no administrator, Camunda's webapps offer a page where anyone who reaches the server can
 * create the first one. Outside the {@code demo} profile the first administrator must therefore come
 * from configuration ({@code camunda.bpm.admin-user.*}, or the environment variables
 * {@code CAMUNDA_BPM_ADMINUSER_ID} and {@code CAMUNDA_BPM_ADMINUSER_PASSWORD}) or already exist in the
 * identity store.
 */
@Component
@Profile("!demo")
class AdministratorCheck implements InitializingBean {

    private final ProcessEngine engine;

    AdministratorCheck(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void afterPropertiesSet() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.getAdminUsers() != null
                && !configuration.getAdminUsers().isEmpty()) {
            return;
        }
        for (String group : configuration.getAdminGroups()) {
            if (engine.getIdentityService()
                            .createUserQuery()
                            .memberOfGroup(group)
                            .count()
                    > 0) {
                return;
            }
        }
        throw new IllegalStateException("No administrator exists. Set camunda.bpm.admin-user.id and "
                + "camunda.bpm.admin-user.password (environment variables CAMUNDA_BPM_ADMINUSER_ID and "
                + "CAMUNDA_BPM_ADMINUSER_PASSWORD) for the first start, or run with the demo profile. "
                + "See docs/operations.md.");
    }
}
