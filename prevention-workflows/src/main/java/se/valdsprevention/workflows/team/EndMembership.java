package se.valdsprevention.workflows.team;

import static se.valdsprevention.workflows.team.TeamVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.identity.Role;
import se.valdsprevention.workflows.notification.NotificationKind;
import se.valdsprevention.workflows.notification.Notifications;

/**
 * A member leaves: the departure is a new revision, their access to the municipality ends at once
 * (tenant membership, and role groups when they work for no other municipality), and their open tasks
 * there go back to the coordinators. Finds the department the agreement requires that now has nobody.
 */
public class EndMembership implements JavaDelegate {

    private final TeamMembers members;
    private final CountyProperties county;
    private final Notifications notifications;

    public EndMembership(TeamMembers members, CountyProperties county, Notifications notifications) {
        this.members = members;
        this.county = county;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String municipalityCode = execution.getTenantId();
        String id = ((String) execution.getVariable(LEAVING_MEMBER_ID)).strip();
        LocalDate today = EngineClock.today();
        LocalDate lastDay =
                LocalDate.parse(execution.getVariable(LAST_DAY).toString().substring(0, 10));
        TeamMember leaving = members.active(municipalityCode, id, today)
                .orElseThrow(() -> new IllegalStateException(id + " is not an active member of " + municipalityCode));
        LocalDate until = lastDay.isBefore(leaving.activeFrom()) ? leaving.activeFrom() : lastDay;
        members.save(
                municipalityCode,
                new TeamMember(
                        leaving.id(),
                        leaving.name(),
                        leaving.role(),
                        leaving.department(),
                        leaving.substituteFor(),
                        leaving.activeFrom(),
                        until),
                CurrentUser.id().orElse("system"),
                EngineClock.now());
        var services = execution.getProcessEngineServices();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            endAccess(services.getIdentityService(), municipalityCode, id);
            handOverTasks(services.getTaskService(), municipalityCode, id);
            return null;
        });
        notifications.teamChanged(
                services.getIdentityService(),
                NotificationKind.MEMBER_LEFT,
                municipalityCode,
                leaving.department(),
                leaving.id());
        Department gap = gapAfter(members.team(municipalityCode), municipalityCode, until.plusDays(1));
        execution.setVariable(GAP_DEPARTMENT, gap == null ? null : gap.name());
        execution.setVariable(GAP_DEPARTMENT_LABEL, gap == null ? null : gap.label());
    }

    private static void endAccess(IdentityService identity, String municipalityCode, String id) {
        boolean worksElsewhere = identity.createTenantQuery().userMember(id).list().stream()
                .anyMatch(tenant -> !tenant.getId().equals(municipalityCode));
        identity.deleteTenantUserMembership(municipalityCode, id);
        if (!worksElsewhere) {
            for (Role role : Role.values()) {
                identity.deleteMembership(id, role.groupId());
            }
        }
    }

    private static void handOverTasks(TaskService tasks, String municipalityCode, String id) {
        for (Task task : tasks.createTaskQuery()
                .tenantIdIn(municipalityCode)
                .taskAssignee(id)
                .list()) {
            tasks.setAssignee(task.getId(), null);
            tasks.addCandidateGroup(task.getId(), Role.COORDINATOR.groupId());
        }
    }

    private Department gapAfter(Team team, String municipalityCode, LocalDate date) {
        Agreement agreement = new Agreement(
                county.getCode(),
                municipalityCode,
                county.getAgreement().getRequiredDepartments(),
                county.getAgreement().getParticipationDuties(),
                date,
                date.plusYears(1));
        var missing = team.representation(agreement, date).missing();
        return missing.stream().sorted().findFirst().orElse(null);
    }
}
