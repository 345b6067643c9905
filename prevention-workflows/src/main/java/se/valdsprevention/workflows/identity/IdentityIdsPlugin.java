package se.valdsprevention.workflows.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Lets user, group and tenant ids contain hyphens, as in {@code coordinator-2417} and
 * {@code county-officer}. Camunda's default pattern allows letters and digits only. A host that set
 * its own pattern keeps it.
 */
public class IdentityIdsPlugin extends AbstractProcessEnginePlugin {

    /** Letters and digits, in parts joined by single hyphens, plus Camunda's own admin group. */
    public static final String ID_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*|camunda-admin";

    /** Camunda's own default, which a host that wants hyphen-free ids would not need to change. */
    static final String CAMUNDA_DEFAULT_PATTERN = "[a-zA-Z0-9]+|camunda-admin";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        String current = configuration.getGeneralResourceWhitelistPattern();
        if (current == null || CAMUNDA_DEFAULT_PATTERN.equals(current)) {
            configuration.setGeneralResourceWhitelistPattern(ID_PATTERN);
        }
    }
}
