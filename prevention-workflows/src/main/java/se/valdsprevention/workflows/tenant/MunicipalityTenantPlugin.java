package se.valdsprevention.workflows.tenant;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Registers the {@link MunicipalityTenantIdProvider} with the engine. */
public class MunicipalityTenantPlugin extends AbstractProcessEnginePlugin {

    private final MunicipalityTenantIdProvider tenantIdProvider;

    public MunicipalityTenantPlugin(MunicipalityTenantIdProvider tenantIdProvider) {
        this.tenantIdProvider = tenantIdProvider;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(tenantIdProvider);
    }
}
