package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.valdsprevention.workflows.decision.DecisionRevisions;

/**
 * The steps of a municipal decision through the engine REST API, as a coordinator takes them, and in-process on a
 * node's engine for the cluster tests.
 */
final class Decisions {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final DecisionRevisions revisions;

    Decisions(TaskService taskService, HistoryService historyService, DecisionRevisions revisions) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.revisions = revisions;
    }

    /**
     * Starts a decision for Norsjö on this engine and submits a valid proposal, as Norsjö's coordinator; returns the
     * process instance id, then waiting for the kommunchef's decision.
     */
    static String proposeOn(ProcessEngine engine) {
        engine.getIdentityService().setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            String decision = engine.getRuntimeService()
                    .startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", "2417"))
                    .getId();
            Map<String, Object> proposal = new HashMap<>();
            proposal.put("decisionType", "PARTICIPATION_MANDATE");
            proposal.put("decisionTitle", "Mandat");
            proposal.put("decisionDescription", "Norsjö deltar.");
            proposal.put("mandate", "Teamet får arbeta med stegen.");
            proposal.put("resourcesSek", 0);
            proposal.put("resourcesHours", 10);
            proposal.put("followUpDate", LocalDate.now().plusMonths(6).toString());
            String task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(decision)
                    .singleResult()
                    .getId();
            engine.getTaskService().complete(task, proposal);
            return decision;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Starts a decision for Norsjö through its start form; returns the process instance id. */
    String start(RestClient coordinator) {
        ResponseEntity<String> started = coordinator.post(
                "/engine-rest/process-definition/key/municipalDecision/submit-form",
                "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}}}");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return RestClient.read(started.getBody()).path("id").asText();
    }

    /** Submits a valid proposal, which the kommunchef then decides. */
    void propose(RestClient coordinator, String decision) {
        ResponseEntity<String> proposed = coordinator.post(
                "/engine-rest/task/" + taskOf(decision, "prepareProposal") + "/submit-form",
                "{\"variables\":{" + proposalJson() + "}}");
        assertThat(proposed.getStatusCode()).as(proposed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    String taskOf(String processInstanceId, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
    }

    /** The id of the decision the process instance handles; null before a proposal is recorded. */
    String decisionIdOf(String processInstanceId) {
        HistoricVariableInstance id = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName("decisionId")
                .singleResult();
        return id == null || id.getValue() == null ? null : id.getValue().toString();
    }

    /** The statuses of the decision's revisions, oldest first; empty before a proposal is recorded. */
    List<String> statuses(String processInstanceId) {
        String decisionId = decisionIdOf(processInstanceId);
        if (decisionId == null) {
            return List.of();
        }
        return revisions.history(decisionId).stream()
                .map(revision -> revision.decision().status().name())
                .toList();
    }

    /** The fields of the prepare-decision-proposal form with valid values, as JSON members. */
    static String proposalJson() {
        return "\"decisionType\":{\"value\":\"PARTICIPATION_MANDATE\",\"type\":\"String\"},"
                + "\"decisionTitle\":{\"value\":\"Mandat att delta i IAVP\",\"type\":\"String\"},"
                + "\"decisionDescription\":{\"value\":\"Kommunen deltar i länsstyrelsens process.\",\"type\":\"String\"},"
                + "\"mandate\":{\"value\":\"Teamet får använda arbetstid till de fem stegen.\",\"type\":\"String\"},"
                + "\"resourcesSek\":{\"value\":20000,\"type\":\"Integer\"},"
                + "\"resourcesHours\":{\"value\":100,\"type\":\"Integer\"},"
                + "\"followUpDate\":{\"value\":\"" + LocalDate.now().plusMonths(3) + "\",\"type\":\"String\"}";
    }

    /** The fields a 400 answer names. */
    static List<String> fields(ResponseEntity<String> refused) {
        List<String> fields = new ArrayList<>();
        RestClient.read(refused.getBody())
                .path("problems")
                .forEach(p -> fields.add(p.path("field").asText()));
        return fields;
    }
}
