package se.valdsprevention.workflows.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Keeps one Camunda group per {@link Role}, with its Swedish name. */
class RoleGroups {

    private final IdentityService identityService;

    RoleGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensure() {
        for (Role role : Role.values()) {
            Group group =
                    identityService.createGroupQuery().groupId(role.groupId()).singleResult();
            if (group == null) {
                group = identityService.newGroup(role.groupId());
            } else if (role.label().equals(group.getName()) && Role.GROUP_TYPE.equals(group.getType())) {
                continue;
            }
            group.setName(role.label());
            group.setType(Role.GROUP_TYPE);
            identityService.saveGroup(group);
        }
    }
}
