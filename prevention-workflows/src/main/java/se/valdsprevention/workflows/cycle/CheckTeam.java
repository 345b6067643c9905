package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.MISSING_DEPARTMENTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRepresentation;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;

/**
 * Checks the team the coordinator composed and compares it with the county's agreement: the
 * departments the agreement requires but nobody represents are shown in the next task. A team with
 * gaps may go on; the gap is visible to the coordinator and, through the check-ins, to the county.
 */
public class CheckTeam implements TaskListener {

    static final String TEAM_MEMBERS = "teamMembers";
    static final int MAX_MEMBERS = 60;

    private final CountyProperties county;

    public CheckTeam(CountyProperties county) {
        this.county = county;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        List<Map<String, Object>> rows = values.requireRows(TEAM_MEMBERS, 1, MAX_MEMBERS);
        LocalDate today = EngineClock.today();
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String name = values.requireRowText(TEAM_MEMBERS, i, row, "name", 200);
            Department department = values.requireRowChoice(TEAM_MEMBERS, i, row, "department", Department.class);
            TeamRole role = values.requireRowChoice(TEAM_MEMBERS, i, row, "role", TeamRole.class);
            if (name != null && department != null && role != null) {
                members.add(new TeamMember("member-" + (i + 1), name, role, department, null, today, null));
            }
        }
        values.throwIfInvalid();
        String municipalityCode = task.getTenantId();
        try {
            Team team = new Team(municipalityCode, members);
            Agreement agreement = new Agreement(
                    county.getCode(),
                    municipalityCode,
                    county.getAgreement().getRequiredDepartments(),
                    county.getAgreement().getParticipationDuties(),
                    today,
                    today.plusYears(1));
            TeamRepresentation representation = team.representation(agreement, today);
            task.getExecution()
                    .setVariable(
                            MISSING_DEPARTMENTS,
                            representation.missing().isEmpty()
                                    ? null
                                    : representation.missing().stream()
                                            .map(Department::label)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> values.reject(TEAM_MEMBERS + "." + v.path(), v.message()));
            values.throwIfInvalid();
        }
    }
}
