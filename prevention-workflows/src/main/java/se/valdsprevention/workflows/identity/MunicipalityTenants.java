package se.valdsprevention.workflows.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.county.CountyProperties.MunicipalityProperties;

/** Keeps one Camunda tenant per configured municipality, named after it. */
class MunicipalityTenants {

    private final IdentityService identityService;

    MunicipalityTenants(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensure(CountyProperties county) {
        for (MunicipalityProperties municipality : county.getMunicipalities()) {
            Tenant tenant = identityService
                    .createTenantQuery()
                    .tenantId(municipality.getCode())
                    .singleResult();
            if (tenant == null) {
                tenant = identityService.newTenant(municipality.getCode());
            } else if (municipality.getName().equals(tenant.getName())) {
                continue;
            }
            tenant.setName(municipality.getName());
            identityService.saveTenant(tenant);
        }
    }
}
