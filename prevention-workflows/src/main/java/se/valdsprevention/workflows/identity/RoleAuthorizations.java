package se.valdsprevention.workflows.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each role may do, as Camunda authorizations on its group. Which municipality's data a user
 * sees is decided by tenant membership, not here: these grants are the same for every municipality.
 */
class RoleAuthorizations {

    record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

    private static final Grant TASKLIST = new Grant(Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS));
    private static final Grant COCKPIT = new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS));
    private static final Grant READ_DEFINITIONS =
            new Grant(Resources.PROCESS_DEFINITION, ANY, List.of(Permissions.READ));
    private static final Grant START_DEFINITIONS =
            new Grant(Resources.PROCESS_DEFINITION, ANY, List.of(Permissions.READ, Permissions.CREATE_INSTANCE));
    private static final Grant FOLLOW_DEFINITIONS = new Grant(
            Resources.PROCESS_DEFINITION,
            ANY,
            List.of(
                    Permissions.READ,
                    Permissions.CREATE_INSTANCE,
                    Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY));
    private static final Grant FOLLOW_INSTANCES =
            new Grant(Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.READ, Permissions.CREATE));
    private static final Grant READ_DECISIONS =
            new Grant(Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ, Permissions.READ_HISTORY));

    /**
     * What Cockpit's screens read to follow the county: its dashboard counts open tasks by group (READ on every task,
     * which Cockpit asks for on '*'), lists deployments with their models and forms, and shows decision requirements
     * diagrams. Tenant membership still keeps every list to the officer's own municipalities; none of these grants
     * changes anything.
     */
    private static final List<Grant> FOLLOW_IN_COCKPIT = List.of(
            new Grant(Resources.TASK, ANY, List.of(Permissions.READ)),
            new Grant(Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(Permissions.READ)));

    /**
     * Reading the municipality's process instances and their variables, so that Tasklist can show a
     * task's process variables (the column "Kommun", the forms' read-only fields). Tenant membership
     * keeps it to the user's own municipalities.
     */
    private static final Grant READ_INSTANCES = new Grant(Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.READ));

    private static final Grant START_AND_READ_INSTANCES =
            new Grant(Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.READ, Permissions.CREATE));

    static final Map<Role, List<Grant>> GRANTS = Map.of(
            Role.COORDINATOR,
            List.of(TASKLIST, START_DEFINITIONS, START_AND_READ_INSTANCES),
            Role.TEAM_MEMBER,
            List.of(TASKLIST, READ_DEFINITIONS, READ_INSTANCES),
            Role.MANAGER,
            List.of(TASKLIST, READ_DEFINITIONS, READ_INSTANCES),
            Role.BOARD_CHAIR,
            List.of(TASKLIST, READ_DEFINITIONS, READ_INSTANCES),
            Role.POLICE,
            List.of(TASKLIST, READ_DEFINITIONS, READ_INSTANCES),
            Role.COUNTY_OFFICER,
            java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(
                                    TASKLIST, COCKPIT, FOLLOW_DEFINITIONS, FOLLOW_INSTANCES, READ_DECISIONS),
                            FOLLOW_IN_COCKPIT.stream())
                    .toList());

    private final AuthorizationService authorizationService;

    RoleAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /**
     * Reading users' and groups' names, so that Tasklist shows "Sara Samordnare" and "Kommunteam" where it showed
     * "coordinator-2417" and "team-member". Names and roles of the county's staff, nothing more.
     */
    static final List<Grant> NAMES = List.of(
            new Grant(Resources.USER, ANY, List.of(Permissions.READ)),
            new Grant(Resources.GROUP, ANY, List.of(Permissions.READ)));

    void ensure() {
        GRANTS.forEach((role, grants) -> grants.forEach(grant -> grantToGroup(role.groupId(), grant)));
        for (Role role : Role.values()) {
            NAMES.forEach(grant -> grantToGroup(role.groupId(), grant));
        }
    }

    void grantToGroup(String groupId, Grant grant) {
        grant(AUTH_TYPE_GRANT, groupId, grant);
    }

    /** A global authorization: every user, whatever their groups. */
    void grantToEveryone(Grant grant) {
        grant(Authorization.AUTH_TYPE_GLOBAL, null, grant);
    }

    private void grant(int type, String groupId, Grant grant) {
        AuthorizationQuery query = authorizationService
                .createAuthorizationQuery()
                .authorizationType(type)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId());
        Authorization authorization = (groupId == null ? query : query.groupIdIn(groupId)).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(type);
            if (groupId == null) {
                authorization.setUserId(ANY);
            } else {
                authorization.setGroupId(groupId);
            }
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
