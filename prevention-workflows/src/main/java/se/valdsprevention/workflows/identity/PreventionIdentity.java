package se.valdsprevention.workflows.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import se.valdsprevention.workflows.county.CountyProperties;

/**
 * Brings the engine's identity data in line with the county's configuration when the application
 * starts: a tenant per municipality, a group per role, the roles' authorizations and their Tasklist
 * filters. It only adds and renames; it never removes users, memberships or grants an administrator
 * made. Safe to run on every node of a cluster at once.
 */
public class PreventionIdentity implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(PreventionIdentity.class);

    private final CountyProperties county;
    private final MunicipalityTenants tenants;
    private final RoleGroups groups;
    private final RoleAuthorizations authorizations;
    private final TasklistFilters filters;

    public PreventionIdentity(ProcessEngine engine, CountyProperties county) {
        this.county = county;
        this.tenants = new MunicipalityTenants(engine.getIdentityService());
        this.groups = new RoleGroups(engine.getIdentityService());
        this.authorizations = new RoleAuthorizations(engine.getAuthorizationService());
        this.filters = new TasklistFilters(engine.getFilterService(), engine.getTaskService(), authorizations);
    }

    @Override
    public void afterPropertiesSet() {
        try {
            ensure();
        } catch (ProcessEngineException concurrentStart) {
            // Another node may have created the same rows in the meantime: a second pass finds them.
            LOG.info("Retrying identity set-up after: {}", concurrentStart.getMessage());
            ensure();
        }
    }

    private void ensure() {
        tenants.ensure(county);
        groups.ensure();
        authorizations.ensure();
        filters.ensure();
        LOG.info(
                "County {} {}: {} municipality tenants and {} role groups in place",
                county.getCode(),
                county.getName(),
                county.getMunicipalities().size(),
                Role.values().length);
    }
}
