package se.valdsprevention.workflows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import se.valdsprevention.workflows.cycle.CheckCollaborationMap;
import se.valdsprevention.workflows.identity.IdentityIdsPlugin;
import se.valdsprevention.workflows.tenant.MunicipalityTenantIdProvider;
import se.valdsprevention.workflows.tenant.MunicipalityTenantPlugin;

/**
 * A real in-memory engine configured as the auto-configuration configures the host's engine, for
 * tests of one listener or the tenant provider on the small model {@code tenantTest}.
 */
public final class TestEngines {

    public static final Set<String> VASTERBOTTEN = Set.of("2417", "2422", "2462", "2463");

    private TestEngines() {}

    public static ProcessEngine vasterbotten(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setBeans(Map.of("checkCollaborationMap", new CheckCollaborationMap()));
        configuration.setProcessEnginePlugins(List.of(
                new SpinProcessEnginePlugin(),
                new IdentityIdsPlugin(),
                new MunicipalityTenantPlugin(new MunicipalityTenantIdProvider(VASTERBOTTEN))));
        return configuration.buildProcessEngine();
    }
}
