package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.app.CycleDocumentJson.draftPicture;
import static se.valdsprevention.app.CycleDocumentJson.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * The domain API for the cycle's situation picture and action plan, called with the demo users' own
 * credentials. The IAVP model does not have the two tasks yet, so a small cycle with just them stands in.
 */
class CycleDocumentsApiTest extends DemoCountyTest {

    static final String CYCLE = "documentTestCycle";
    static final String NORSJO_PICTURE = "/api/municipalities/2417/situation-picture";
    static final String SORSELE_PICTURE = "/api/municipalities/2422/situation-picture";
    static final String NORSJO_PLAN = "/api/municipalities/2417/action-plan";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    SituationPictures pictures;

    @Autowired
    ActionPlans plans;

    final List<String> started = new ArrayList<>();

    @BeforeEach
    void deployTheTestCycle() {
        if (repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(CYCLE)
                        .count()
                == 0) {
            BpmnModelInstance cycle = Bpmn.createExecutableProcess(CYCLE)
                    .camundaHistoryTimeToLive(1)
                    .startEvent("cycleStarted")
                    .userTask("describeSituation")
                    .camundaCandidateGroups("coordinator")
                    .userTask("planActivities")
                    .camundaCandidateGroups("coordinator")
                    .endEvent("cycleClosed")
                    .done();
            repositoryService
                    .createDeployment()
                    .addModelInstance(CYCLE + ".bpmn", cycle)
                    .deploy();
        }
    }

    @AfterEach
    void deleteTheStartedCycles() {
        started.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test done", true, true, true, true));
    }

    @Test
    void theCoordinatorStoresADraftAndReadsItBackWithTheSmallCountSuppressed() {
        String cycle = startCycle("2417");
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");

        ResponseEntity<String> stored =
                coordinator.put(NORSJO_PICTURE, draftPicture("2417").toString());

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode answer = RestClient.read(stored.getBody());
        assertThat(answer.path("cycleId").asText()).isEqualTo(cycle);
        assertThat(answer.path("revision").asInt()).isEqualTo(1);
        assertThat(pictures.latest(cycle).orElseThrow().author()).isEqualTo("coordinator-2417");

        ResponseEntity<String> read = coordinator.get(NORSJO_PICTURE);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode values = RestClient.read(read.getBody())
                .path("document")
                .path("indicators")
                .path(0)
                .path("values");
        assertThat(values.path("women").path("suppressed").asBoolean()).isTrue();
        assertThat(values.path("women").path("reason").asText()).isEqualTo("SMALL_COUNT");
        assertThat(values.path("women").has("value")).isFalse();
        assertThat(values.path("men").path("reason").asText()).isEqualTo("PROTECTS_SMALL_COUNT");
        assertThat(values.path("men").has("value")).isFalse();
        assertThat(values.path("total").path("value").asInt()).isEqualTo(13);
        assertThat(read.getBody()).doesNotContain("\"women\":3");

        assertThat(RestClient.read(coordinator
                                .put(NORSJO_PICTURE, draftPicture("2417").toString())
                                .getBody())
                        .path("revision")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aBodyCannotClaimThatTypedFiguresCameFromKolada() {
        String cycle = startCycle("2417");
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        var forged = draftPicture("2417");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        forged.path("indicators").path(0))
                .putObject("origin")
                .put("system", "Kolada")
                .put("reference", "N07403")
                .put("year", 2025)
                .put("retrievedAt", "2026-12-01T08:00:00Z");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        forged.path("indicators").path(0))
                .putObject("population")
                .put("women", 1_000_000)
                .put("men", 1_000_000);

        ResponseEntity<String> stored = coordinator.put(NORSJO_PICTURE, forged.toString());

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var indicator =
                pictures.latest(cycle).orElseThrow().picture().indicators().get(0);
        assertThat(indicator.origin())
                .as("provenance is the server's, not the body's")
                .isNull();
        assertThat(indicator.population())
                .as("nor may a body widen the population a rate hides behind")
                .isNull();
    }

    @Test
    void anotherMunicipalitysDocumentsAreNotFoundAndNothingIsStoredThere() {
        String norsjo = startCycle("2417");
        String sorsele = startCycle("2422");
        RestClient norsjoCoordinator = RestClient.as(rest, "coordinator-2417");
        assertThat(RestClient.as(rest, "coordinator-2422")
                        .put(SORSELE_PICTURE, draftPicture("2422").toString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(norsjoCoordinator
                        .put(NORSJO_PICTURE, draftPicture("2417").toString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> foreignPut =
                norsjoCoordinator.put(SORSELE_PICTURE, draftPicture("2422").toString());
        ResponseEntity<String> foreignGet = norsjoCoordinator.get(SORSELE_PICTURE);
        ResponseEntity<String> unknown = norsjoCoordinator.get("/api/municipalities/9999/situation-picture");
        ResponseEntity<String> managerOfSorsele =
                RestClient.as(rest, "manager-2422").get(NORSJO_PICTURE);

        for (ResponseEntity<String> refused : List.of(foreignPut, foreignGet, unknown, managerOfSorsele)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).doesNotContain(norsjo, sorsele, "school-harassment");
        }
        assertThat(pictures.history(sorsele)).hasSize(1);
    }

    @Test
    void anonymousCallersGet401() {
        startCycle("2417");
        RestClient anonymous = RestClient.anonymous(rest);

        assertThat(anonymous.get(NORSJO_PICTURE).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .put(NORSJO_PICTURE, draftPicture("2417").toString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.get(NORSJO_PLAN).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badPicturesAreRefusedWith400NamingTheFieldAndNothingIsStored() {
        String cycle = startCycle("2417");
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        ObjectNode withoutVersion = draftPicture("2417");
        withoutVersion.remove("schemaVersion");
        ObjectNode moreWomenAndMenThanInTotal = draftPicture("2417");
        ((ObjectNode) moreWomenAndMenThanInTotal.path("indicators").path(0)).put("total", 12);
        ObjectNode agreed = draftPicture("2417")
                .put("status", "AGREED")
                .put("agreedBy", "Kommunteamet")
                .put("agreedOn", "2026-03-01");
        List<Refusal> refusals = List.of(
                new Refusal("malformed JSON", "{\"schemaVersion\":1,\"areaCode\":\"2417\",", ""),
                new Refusal(
                        "an unknown property",
                        draftPicture("2417").put("victimName", "x").toString(),
                        "victimName"),
                new Refusal(
                        "schemaVersion 7",
                        draftPicture("2417").put("schemaVersion", 7).toString(),
                        "schemaVersion"),
                new Refusal("no schemaVersion", withoutVersion.toString(), "schemaVersion"),
                new Refusal("women + men over the total", moreWomenAndMenThanInTotal.toString(), "indicators[0].total"),
                new Refusal(
                        "another municipality's picture", draftPicture("2422").toString(), "areaCode"),
                new Refusal("an agreed picture", agreed.toString(), "status"));

        for (Refusal refusal : refusals) {
            ResponseEntity<String> refused = coordinator.put(NORSJO_PICTURE, refusal.body());
            assertThat(refused.getStatusCode()).as(refusal.what()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode answer = RestClient.read(refused.getBody());
            assertThat(answer.path("type").asText()).as(refusal.what()).isEqualTo("InvalidSubmission");
            assertThat(answer.path("problems").path(0).path("message").asText())
                    .as(refusal.what())
                    .doesNotContain("must ", "is required", "duplicate");
            assertThat(answer.path("problems").path(0).path("field").asText())
                    .as(refusal.what() + ": " + refused.getBody())
                    .isEqualTo(refusal.field());
        }
        assertThat(pictures.history(cycle)).isEmpty();
    }

    @Test
    void aBodyOverTwoMegabytesIsRefusedWith413AndNothingIsStored() {
        String cycle = startCycle("2417");
        String oversized = draftPicture("2417")
                .put("observations", "x".repeat(2 * 1024 * 1024 + 100))
                .toString();

        ResponseEntity<String> refused = RestClient.as(rest, "coordinator-2417").put(NORSJO_PICTURE, oversized);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(RestClient.read(refused.getBody()).path("message").asText())
                .startsWith("Innehållet är större än 2 MB. En lägesbild innehåller");
        assertThat(pictures.history(cycle)).isEmpty();
    }

    @Test
    void withoutAnOpenDescribeSituationTaskThePictureIsRefusedWith409ButThePlanIsStored() {
        String cycle = startCycle("2417");
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceId(cycle)
                .taskDefinitionKey("describeSituation")
                .singleResult()
                .getId());
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");

        ResponseEntity<String> picture =
                coordinator.put(NORSJO_PICTURE, draftPicture("2417").toString());
        ResponseEntity<String> planStored =
                coordinator.put(NORSJO_PLAN, plan("2417").toString());

        assertThat(picture.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(RestClient.read(picture.getBody()).path("message").asText())
                .startsWith("Det finns ingen öppen uppgift \"Sammanställ lägesbilden\" (describeSituation) i kommun"
                        + " 2417 som du får arbeta med");
        assertThat(pictures.history(cycle)).isEmpty();
        assertThat(planStored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = RestClient.read(coordinator.get(NORSJO_PLAN).getBody());
        assertThat(plan.path("cycleId").asText()).isEqualTo(cycle);
        assertThat(plan.path("document").path("vision").asText()).isEqualTo("Ingen ska utsättas för våld.");
        assertThat(plan.path("document").path("schemaVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aTeamMemberWhoMayNotWorkOnTheTaskGets409AndAPlanForAnotherMunicipalityIsRefused() {
        String cycle = startCycle("2417");
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceId(cycle)
                .taskDefinitionKey("describeSituation")
                .singleResult()
                .getId());

        ResponseEntity<String> teamMember =
                RestClient.as(rest, "team-2417").put(NORSJO_PLAN, plan("2417").toString());
        ResponseEntity<String> foreignPlan = RestClient.as(rest, "coordinator-2417")
                .put(NORSJO_PLAN, plan("2422").toString());

        assertThat(teamMember.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(foreignPlan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestClient.read(foreignPlan.getBody())
                        .path("problems")
                        .path(0)
                        .path("field")
                        .asText())
                .isEqualTo("municipalityCode");
        assertThat(plans.history(cycle)).isEmpty();
    }

    record Refusal(String what, String body, String field) {}

    private String startCycle(String municipalityCode) {
        String id = runtimeService
                .startProcessInstanceByKey(CYCLE, Map.of("municipalityCode", municipalityCode))
                .getId();
        started.add(id);
        return id;
    }
}
