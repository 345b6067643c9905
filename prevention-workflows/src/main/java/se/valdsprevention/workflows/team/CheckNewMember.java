package se.valdsprevention.workflows.team;

import static se.valdsprevention.workflows.team.TeamVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;
import se.valdsprevention.workflows.identity.IdentityIdsPlugin;

/**
 * Checks a new member or substitute before the introduction begins: a known department and role, a
 * user name Camunda accepts, not already an active member, a start date no more than
 * {@value TeamVariables#MAX_DAYS_IN_THE_PAST} days back, and a substitute only for an active member.
 * Fixes when the coordinator's 30-day check-in is due.
 */
public class CheckNewMember implements TaskListener {

    static final Set<String> ROLES = Set.of("TEAM_MEMBER", "POLICE", "PROCESS_LEADER");

    private final TeamMembers members;

    public CheckNewMember(TeamMembers members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        String municipalityCode = task.getTenantId();
        LocalDate today = EngineClock.today();
        String name = values.requireText(MEMBER_NAME, 200);
        String id = values.requireText(MEMBER_ID, 64);
        if (id != null && !id.matches(IdentityIdsPlugin.ID_PATTERN)) {
            values.reject(
                    MEMBER_ID, "använd små bokstäver, siffror och enstaka bindestreck, till exempel anna-lind-2417");
        }
        Department department = values.requireChoice(MEMBER_DEPARTMENT, Department.class);
        String role = values.requireOneOf(MEMBER_ROLE, ROLES);
        LocalDate start = values.requireDate(MEMBER_START_DATE);
        if (start != null && start.isBefore(today.minusDays(MAX_DAYS_IN_THE_PAST))) {
            values.reject(
                    MEMBER_START_DATE,
                    "får inte ligga mer än " + MAX_DAYS_IN_THE_PAST + " dagar bakåt i tiden (i dag är det " + today
                            + ")");
        }
        if (start != null && start.isAfter(today.plusYears(1))) {
            values.reject(MEMBER_START_DATE, "måste ligga inom ett år från i dag");
        }
        String substituteFor = values.optionalText(SUBSTITUTE_FOR, 64);
        substituteFor = substituteFor == null || substituteFor.isBlank() ? null : substituteFor.strip();
        Team team = members.team(municipalityCode);
        if (id != null
                && members.active(municipalityCode, id, start == null ? today : start)
                        .isPresent()) {
            values.reject(MEMBER_ID, "'" + id + "' är redan aktiv ledamot i teamet");
        }
        if (substituteFor != null
                && members.active(municipalityCode, substituteFor, start == null ? today : start)
                        .isEmpty()) {
            values.reject(SUBSTITUTE_FOR, "'" + substituteFor + "' är inte aktiv ledamot i teamet");
        }
        values.throwIfInvalid();
        try {
            TeamMember member =
                    new TeamMember(id, name, TeamRole.valueOf(role), department, substituteFor, start, null);
            List<TeamMember> withNewcomer = new ArrayList<>(team.members().stream()
                    .filter(existing -> !existing.id().equals(id))
                    .toList());
            withNewcomer.add(member);
            new Team(municipalityCode, withNewcomer);
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> values.reject(MEMBER_ID, v.message()));
            values.throwIfInvalid();
        }
        task.getExecution()
                .setVariable(
                        CHECK_IN_AT,
                        start.plusDays(30)
                                .atTime(8, 0)
                                .atZone(EngineClock.zone())
                                .toOffsetDateTime()
                                .toString());
    }
}
