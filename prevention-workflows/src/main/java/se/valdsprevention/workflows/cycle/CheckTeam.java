package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.MISSING_DEPARTMENTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    static final String COORDINATOR_NAME = "coordinatorName";
    static final String COORDINATOR_DEPARTMENT = "coordinatorDepartment";
    static final String REPRESENTATIVE = "representative_";
    static final int MAX_PER_DEPARTMENT = 10;
    static final String NONE_MISSING = "Inga: alla verksamheter som överenskommelsen kräver finns med.";

    private final CountyProperties county;

    public CheckTeam(CountyProperties county) {
        this.county = county;
    }

    /** The form field where the representatives of {@code department} are named. */
    static String representativeField(Department department) {
        return REPRESENTATIVE + department.name();
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        LocalDate today = EngineClock.today();
        List<TeamMember> members = new ArrayList<>();
        String coordinator = values.requireText(COORDINATOR_NAME, 200);
        Department coordinatorDepartment = values.requireChoice(COORDINATOR_DEPARTMENT, Department.class);
        if (coordinator != null && coordinatorDepartment != null) {
            members.add(new TeamMember(
                    "coordinator", coordinator, TeamRole.COORDINATOR, coordinatorDepartment, null, today, null));
        }
        for (Department department : Department.values()) {
            String field = representativeField(department);
            String names = values.optionalText(field, 1000);
            if (names == null || names.isBlank() || values.hasProblem(field)) {
                continue;
            }
            List<String> split = Arrays.stream(names.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .toList();
            if (split.size() > MAX_PER_DEPARTMENT) {
                values.reject(field, "ange högst " + MAX_PER_DEPARTMENT + " företrädare (nu " + split.size() + ")");
                continue;
            }
            for (String name : split) {
                if (name.length() > 200) {
                    values.reject(field, "ett namn får vara högst 200 tecken");
                    continue;
                }
                members.add(new TeamMember(
                        "member-" + (members.size() + 1), name, TeamRole.TEAM_MEMBER, department, null, today, null));
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
                                    ? NONE_MISSING
                                    : representation.missing().stream()
                                            .map(Department::label)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> values.reject(COORDINATOR_NAME, v.message()));
            values.throwIfInvalid();
        }
    }
}
