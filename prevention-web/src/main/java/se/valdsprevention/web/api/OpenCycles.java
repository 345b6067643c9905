package se.valdsprevention.web.api;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.cycle.CycleVariables;

/**
 * Which municipality the caller works for and which IAVP cycle of it they are working on, as the engine sees
 * it for the request's authenticated user: tenant membership, and the open tasks the user may see.
 */
class OpenCycles {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final CountyProperties county;

    OpenCycles(IdentityService identityService, TaskService taskService, CountyProperties county) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.county = county;
    }

    /**
     * The id of the calling user, who must work for {@code municipalityCode}; administrators work for every one.
     *
     * @throws ApiRefusal 404, the same for an unknown municipality and one the user does not work for
     */
    String callerFor(String municipalityCode) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new IllegalStateException("The domain API runs behind the REST authentication filter");
        }
        if (!county.municipalityCodes().contains(municipalityCode)) {
            throw ApiRefusal.noSuchMunicipality(municipalityCode);
        }
        boolean administrator =
                caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        boolean member = caller.getTenantIds() != null && caller.getTenantIds().contains(municipalityCode);
        if (!administrator && !member) {
            throw ApiRefusal.noSuchMunicipality(municipalityCode);
        }
        return caller.getUserId();
    }

    /**
     * The cycle with an open task among {@code taskKeys} in {@code municipalityCode} that the calling
     * user may see; empty when there is none.
     *
     * @throws ApiRefusal 409 when several cycles have such a task, so the document's cycle is not clear
     */
    Optional<OpenCycle> withOpenTask(String municipalityCode, String... taskKeys) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .tenantIdIn(municipalityCode)
                .taskDefinitionKeyIn(taskKeys)
                .active()
                .list();
        List<String> cycles =
                tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
        if (cycles.size() > 1) {
            throw ApiRefusal.noOpenTask("Kommun " + municipalityCode + " har " + cycles.size()
                    + " cykler med en öppen uppgift " + String.join(" eller ", taskKeys) + " ("
                    + String.join(", ", cycles)
                    + "). Avsluta först de som inte är aktuella i Cockpit.");
        }
        return tasks.stream().findFirst().map(task -> {
            Object turn = taskService.getVariable(task.getId(), CycleVariables.CYCLE_ID);
            return new OpenCycle(task.getId(), turn == null ? task.getProcessInstanceId() : turn.toString());
        });
    }
}
