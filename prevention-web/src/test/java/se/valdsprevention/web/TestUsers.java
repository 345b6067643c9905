package se.valdsprevention.web;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.InitializingBean;
import se.valdsprevention.workflows.identity.PreventionIdentity;
import se.valdsprevention.workflows.identity.Role;

/**
 * The test county's users, password {@value #PASSWORD}: for Norsjö (2417) one user per role, for Sorsele (2422)
 * a coordinator, and {@code county-24}, a county officer who is a member of both.
 */
class TestUsers implements InitializingBean {

    static final String PASSWORD = "test-losen";

    static final String WRONG_PASSWORD_USER = "team-2422";

    private final IdentityService identityService;

    TestUsers(PreventionIdentity identityInPlace, IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void afterPropertiesSet() {
        user("coordinator-2417", "Sara", "Samordnare", Role.COORDINATOR, "2417");
        user("team-2417", "Tove", "Teamsson", Role.TEAM_MEMBER, "2417");
        user("manager-2417", "Maria", "Kommunchef", Role.MANAGER, "2417");
        user("police-2417", "Per", "Polis", Role.POLICE, "2417");
        user("coordinator-2422", "Sven", "Samordnare", Role.COORDINATOR, "2422");
        user("county-24", "Lena", "Länsstyrelsen", Role.COUNTY_OFFICER, "2417", "2422");
        // Only the test of a wrong password logs in as this user: Camunda delays a user's logins after a failure.
        user(WRONG_PASSWORD_USER, "Wanda", "Fellösen", Role.TEAM_MEMBER, "2422");
    }

    private void user(String id, String first, String last, Role role, String... tenants) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, role.groupId());
        for (String tenant : List.of(tenants)) {
            identityService.createTenantUserMembership(tenant, id);
        }
    }
}
