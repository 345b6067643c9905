package se.valdsprevention.web.situation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.workflows.cycle.CycleVariables;

/**
 * Finds a municipality's running IAVP cycle. The page has already checked that the user works for the
 * municipality; the lookup runs as the server (the cycle's state decides what the page allows, whatever the
 * user's own task rights), always restricted to the municipality's tenant. With several running cycles, the one
 * started last is current.
 */
final class CurrentCycles {

    static final String CYCLE_PROCESS = "iavpCycle";
    static final String VIOLENCE_TYPES = "violenceTypes";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    CurrentCycles(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    Optional<CurrentCycle> of(String municipalityCode) {
        return asServer(() -> {
            List<ProcessInstance> running = runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(CYCLE_PROCESS)
                    .tenantIdIn(municipalityCode)
                    .active()
                    .list();
            if (running.isEmpty()) {
                return Optional.empty();
            }
            String id = running.get(0).getId();
            if (running.size() > 1) {
                id = historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceIds(new HashSet<>(
                                running.stream().map(ProcessInstance::getId).toList()))
                        .orderByProcessInstanceStartTime()
                        .desc()
                        .listPage(0, 1)
                        .stream()
                        .map(HistoricProcessInstance::getId)
                        .findFirst()
                        .orElse(id);
            }
            Map<String, Object> variables = runtimeService.getVariables(
                    id,
                    List.of(
                            CycleVariables.CYCLE_ID,
                            CycleVariables.CYCLE_LABEL,
                            CycleVariables.CURRENT_STEP,
                            CycleVariables.BASELINE_CYCLE_ID));
            Object cycleId = variables.get(CycleVariables.CYCLE_ID);
            return Optional.of(new CurrentCycle(
                    id,
                    cycleId == null ? id : cycleId.toString(),
                    text(variables.get(CycleVariables.CYCLE_LABEL), "IAVP-cykel"),
                    text(variables.get(CycleVariables.CURRENT_STEP), ""),
                    Set.copyOf(runtimeService.getActiveActivityIds(id)),
                    text(variables.get(CycleVariables.BASELINE_CYCLE_ID), null)));
        });
    }

    /**
     * The violence types chosen in the cycle's task "Välj vilka våldsformer som ska kartläggas", as enum names, in
     * the order of {@link ViolenceType}; empty when none are chosen. Tasklist stores them as a JSON list.
     */
    List<String> chosenViolenceTypes(String processInstanceId) {
        return asServer(() -> {
            Object chosen = runtimeService.getVariable(processInstanceId, VIOLENCE_TYPES);
            if (chosen == null) {
                return List.of();
            }
            String json = chosen.toString();
            return Arrays.stream(ViolenceType.values())
                    .map(ViolenceType::name)
                    .filter(name -> json.contains("\"" + name + "\""))
                    .toList();
        });
    }

    /** Sets a process variable of the cycle as the server, after the page has decided the user may save. */
    void setVariable(String processInstanceId, String name, Object value) {
        asServer(() -> {
            runtimeService.setVariable(processInstanceId, name, value);
            return null;
        });
    }

    /** Runs {@code work} without the user's engine authorization: only for what the page has already allowed. */
    <T> T asServer(Supplier<T> work) {
        return AsApplication.call(identityService, work);
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : value.toString();
    }
}
