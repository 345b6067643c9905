package se.valdsprevention.workflows.team;

import static se.valdsprevention.workflows.team.TeamVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.identity.Role;
import se.valdsprevention.workflows.notification.NotificationKind;
import se.valdsprevention.workflows.notification.Notifications;

/**
 * Makes the newcomer an active member: a team-member revision, and in Camunda's identity a user (when
 * missing) in the role's group and the municipality's tenant, or the earlier user re-activated. The
 * user gets no password here: an administrator sets it in Admin, or the directory (LDAP) provides it.
 * Identity changes are the engine's act, so they run without the coordinator's grants.
 */
public class ActivateMember implements JavaDelegate {

    private final TeamMembers members;
    private final Notifications notifications;

    public ActivateMember(TeamMembers members, Notifications notifications) {
        this.members = members;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String municipalityCode = execution.getTenantId();
        String id = (String) execution.getVariable(MEMBER_ID);
        String name = (String) execution.getVariable(MEMBER_NAME);
        TeamRole role = TeamRole.valueOf((String) execution.getVariable(MEMBER_ROLE));
        LocalDate start = LocalDate.parse(
                execution.getVariable(MEMBER_START_DATE).toString().substring(0, 10));
        String substituteFor = (String) execution.getVariable(SUBSTITUTE_FOR);
        TeamMember member = new TeamMember(
                id,
                name,
                role,
                Department.valueOf((String) execution.getVariable(MEMBER_DEPARTMENT)),
                substituteFor == null || substituteFor.isBlank() ? null : substituteFor,
                start,
                null);
        members.save(municipalityCode, member, CurrentUser.id().orElse("system"), EngineClock.now());
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            if (!identity.isReadOnly() && identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                int space = name.lastIndexOf(' ');
                user.setFirstName(space < 0 ? name : name.substring(0, space));
                user.setLastName(space < 0 ? "" : name.substring(space + 1));
                identity.saveUser(user);
            }
            String group = role == TeamRole.POLICE ? Role.POLICE.groupId() : Role.TEAM_MEMBER.groupId();
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
            if (identity.createTenantQuery()
                            .userMember(id)
                            .tenantId(municipalityCode)
                            .count()
                    == 0) {
                identity.createTenantUserMembership(municipalityCode, id);
            }
            return null;
        });
        notifications.teamChanged(
                identity, NotificationKind.NEW_MEMBER, municipalityCode, member.department(), member.id());
    }
}
