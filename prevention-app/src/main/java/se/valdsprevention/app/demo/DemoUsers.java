package se.valdsprevention.app.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.county.CountyProperties.MunicipalityProperties;
import se.valdsprevention.workflows.identity.PreventionIdentity;
import se.valdsprevention.workflows.identity.Role;

/**
 * Creates the demo county's users when they are missing: for every municipality
 * {@code coordinator-CODE}, {@code manager-CODE}, {@code team-CODE} and {@code police-CODE}, members
 * of that municipality only, and {@code county-CC}, a member of every municipality. All share the
 * demo password. Only active in the {@code demo} profile.
 */
@Component
@Profile("demo")
class DemoUsers implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String firstName, String lastName, Role role, List<String> tenants) {}

    private final IdentityService identityService;
    private final CountyProperties county;
    private final String password;

    DemoUsers(
            PreventionIdentity identityInPlace,
            IdentityService identityService,
            CountyProperties county,
            @Value("${prevention.demo.password}") String password) {
        this.identityService = identityService;
        this.county = county;
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("prevention.demo.password: must not be blank");
        }
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        List<DemoUser> users = users();
        users.forEach(this::ensure);
        LOG.info("Demo county {} {}: {} demo users in place", county.getCode(), county.getName(), users.size());
    }

    List<DemoUser> users() {
        List<DemoUser> users = new java.util.ArrayList<>();
        for (MunicipalityProperties municipality : county.getMunicipalities()) {
            String code = municipality.getCode();
            String place = municipality.getName();
            List<String> tenant = List.of(code);
            users.add(new DemoUser("coordinator-" + code, "Samordnare", place, Role.COORDINATOR, tenant));
            users.add(new DemoUser("manager-" + code, "Kommunchef", place, Role.MANAGER, tenant));
            users.add(new DemoUser("chair-" + code, "KS-ordförande", place, Role.BOARD_CHAIR, tenant));
            users.add(new DemoUser("team-" + code, "Teammedlem", place, Role.TEAM_MEMBER, tenant));
            users.add(new DemoUser("police-" + code, "Kommunpolis", place, Role.POLICE, tenant));
        }
        users.add(new DemoUser(
                "county-" + county.getCode(),
                "Länsstyrelsen",
                county.getName(),
                Role.COUNTY_OFFICER,
                county.municipalityCodes()));
        return users;
    }

    private void ensure(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService
                        .createUserQuery()
                        .userId(demo.id())
                        .memberOfGroup(demo.role().groupId())
                        .count()
                == 0) {
            identityService.createMembership(demo.id(), demo.role().groupId());
        }
        for (String tenant : demo.tenants()) {
            if (identityService
                            .createTenantQuery()
                            .userMember(demo.id())
                            .tenantId(tenant)
                            .count()
                    == 0) {
                identityService.createTenantUserMembership(tenant, demo.id());
            }
        }
    }
}
