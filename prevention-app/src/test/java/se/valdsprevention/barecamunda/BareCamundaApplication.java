package se.valdsprevention.barecamunda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda Spring Boot application for the national benchmark: the starter alone, no prevention-workflows
 * listeners, tenants or authorizations, and models of the IAVP cycle's and the decision's shape built in code, with
 * the three small delegates a plain Camunda application would write to route data between them. It lives outside
 * {@code se.valdsprevention.app} so that the real application's component scan never finds it.
 */
@SpringBootApplication(
        excludeName = {
            "se.valdsprevention.workflows.PreventionWorkflowsAutoConfiguration",
            "se.valdsprevention.web.PreventionWebAutoConfiguration",
            "se.valdsprevention.web.engineapi.EngineApiAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"
        })
public class BareCamundaApplication {

    public static final String CYCLE = "bareCycle";
    public static final String DECISION = "bareDecision";
    public static final String OUTCOME = "bareDecisionOutcome";
    public static final String FOLLOW_UP = "bareDecisionFollowUp";
    public static final String ROUTING = "bareDecisionRouting";
    static final String OUTCOME_MESSAGE = "bareDecisionMade";
    static final String FOLLOW_UP_MESSAGE = "bareDecisionApproved";

    /** Deploys the bare models: the cycle, the decision with its routing table, the notice and the follow-up. */
    public static void deploy(RepositoryService repository) {
        repository
                .createDeployment()
                .addModelInstance("bare-cycle.bpmn", cycle())
                .addModelInstance("bare-decision.bpmn", decision())
                .addModelInstance("bare-decision-outcome.bpmn", outcome())
                .addModelInstance("bare-decision-follow-up.bpmn", followUp())
                .addString("bare-decision-routing.dmn", routing())
                .deploy();
    }

    /**
     * The IAVP cycle's shape: the same user tasks in the same five sub-processes, the same gateways (the parallel
     * split in step 2, the loops back after a rejection and the choice of how the next cycle goes on) and two
     * decisions as call activities, which pass the municipality, the decision's type and title in and its outcome,
     * comment and id out as the application's do. Not modelled: the application's two event sub-processes (monthly
     * check-ins, stall watch), whose timers no completion touches.
     */
    public static BpmnModelInstance cycle() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(CYCLE)
                .camundaHistoryTimeToLive(180)
                .startEvent("cycleStarted")
                .exclusiveGateway("cycleEntry")
                .subProcess("initiateCollaboration")
                .embeddedSubProcess()
                .startEvent()
                .userTask("mapCollaboration")
                .camundaCandidateGroups("coordinator")
                .userTask("composeTeam")
                .camundaCandidateGroups("coordinator")
                .exclusiveGateway("visionMerge")
                .userTask("formulateVision")
                .camundaCandidateGroups("coordinator")
                .callActivity("decideMandate")
                .calledElement(DECISION)
                .camundaIn("municipalityCode", "municipalityCode")
                .camundaOut("decisionOutcome", "mandateOutcome")
                .camundaOut("decisionComment", "mandateComment")
                .camundaOut("decisionId", "mandateDecisionId")
                .exclusiveGateway("mandateGranted")
                .condition("mandateRejected", "${mandateOutcome == 'REJECTED'}")
                .connectTo("visionMerge")
                .moveToNode("mandateGranted")
                .condition("mandateApproved", "${mandateOutcome != 'REJECTED'}")
                .endEvent()
                .subProcessDone()
                .exclusiveGateway("describeEntry")
                .subProcess("describeViolence")
                .embeddedSubProcess()
                .startEvent()
                .userTask("chooseViolenceTypes")
                .camundaCandidateGroups("coordinator")
                .parallelGateway("mappingSplit")
                .userTask("describeSituation")
                .camundaCandidateGroups("coordinator")
                .parallelGateway("mappingJoin")
                .moveToNode("mappingSplit")
                .userTask("contributePoliceFigures")
                .camundaCandidateGroups("police")
                .connectTo("mappingJoin")
                .moveToNode("mappingJoin")
                .userTask("agreeSituationPicture")
                .camundaCandidateGroups("team-member,coordinator")
                .endEvent()
                .subProcessDone()
                .subProcess("identifyFactors")
                .embeddedSubProcess()
                .startEvent()
                .userTask("identifyRiskAndProtectiveFactors")
                .camundaCandidateGroups("coordinator,team-member")
                .endEvent()
                .subProcessDone()
                .subProcess("developInterventions")
                .embeddedSubProcess()
                .startEvent()
                .userTask("chooseAmbitionLevel")
                .camundaCandidateGroups("coordinator")
                .userTask("planActivities")
                .camundaCandidateGroups("coordinator")
                .endEvent()
                .subProcessDone()
                .subProcess("implementAndFollowUp")
                .embeddedSubProcess()
                .startEvent()
                .exclusiveGateway("steeringMerge")
                .callActivity("decideSteeringDocuments")
                .calledElement(DECISION)
                .camundaIn("municipalityCode", "municipalityCode")
                .camundaOut("decisionOutcome", "steeringOutcome")
                .camundaOut("decisionComment", "steeringComment")
                .camundaOut("decisionId", "steeringDecisionId")
                .exclusiveGateway("steeringAdopted")
                .condition("steeringRejected", "${steeringOutcome == 'REJECTED'}")
                .userTask("reviseSteeringProposal")
                .camundaCandidateGroups("coordinator")
                .connectTo("steeringMerge")
                .moveToNode("steeringAdopted")
                .condition("steeringApproved", "${steeringOutcome != 'REJECTED'}")
                .userTask("followUpPlan")
                .camundaCandidateGroups("coordinator")
                .userTask("spreadLessons")
                .camundaCandidateGroups("coordinator")
                .endEvent()
                .subProcessDone()
                .serviceTask("startNextCycle")
                .camundaExpression("${true}")
                .exclusiveGateway("nextCycleGateway")
                .condition("workEnded", "${nextCycle == 'END'}")
                .endEvent("preventionWorkEnded")
                .moveToNode("nextCycleGateway")
                .condition("restartWithStep1", "${nextCycle == 'STEP_1'}")
                .connectTo("cycleEntry")
                .moveToNode("nextCycleGateway")
                .condition("continueWithStep2", "${nextCycle == 'STEP_2'}")
                .connectTo("describeEntry")
                .done();
        in(model, "decideMandate", "PARTICIPATION_MANDATE", "decisionType");
        in(model, "decideMandate", "Mandat och resurser för IAVP ${municipalityCode}", "decisionTitle");
        in(model, "decideSteeringDocuments", "STEERING_DOCUMENT_INTEGRATION", "decisionType");
        in(model, "decideSteeringDocuments", "Mål i styrdokument för IAVP ${municipalityCode}", "decisionTitle");
        return model;
    }

    /** An input of a call activity from an expression, which the fluent builder cannot write. */
    private static void in(BpmnModelInstance model, String callActivity, String sourceExpression, String target) {
        CallActivity activity = model.getModelElementById(callActivity);
        CamundaIn in = model.newInstance(CamundaIn.class);
        in.setCamundaSourceExpression(sourceExpression);
        in.setCamundaTarget(target);
        activity.getExtensionElements().addChildElement(in);
    }

    /**
     * The municipal decision's shape: propose, route through a decision table, record, decide in a sub-process
     * (with reminder and escalation timers, ended by a terminate event), record, and after a verdict start the
     * proposer's notice ({@link #OUTCOME}) and, for an approval, the follow-up ({@link #FOLLOW_UP}) by their start
     * messages, carrying the decision's data as the application's do.
     */
    public static BpmnModelInstance decision() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(DECISION)
                .camundaHistoryTimeToLive(180)
                .startEvent("decisionRequested")
                .exclusiveGateway("proposalMerge")
                .userTask("prepareProposal")
                .camundaCandidateGroups("coordinator,county-officer")
                .businessRuleTask("routeDecision")
                .camundaDecisionRef(ROUTING)
                .camundaResultVariable("routing")
                .camundaMapDecisionResult("singleResult")
                .serviceTask("recordProposal")
                .camundaClass(RecordProposal.class)
                .subProcess("decideProposal")
                .embeddedSubProcess()
                .startEvent("decisionAwaited")
                .userTask("approveDecision")
                .camundaCandidateGroups("${deciderGroup}")
                .endEvent("decisionGiven")
                .moveToActivity("approveDecision")
                .boundaryEvent("reminderDue")
                .cancelActivity(false)
                .timerWithDuration("P14D")
                .userTask("remindDecider")
                .camundaCandidateGroups("${deciderGroup}")
                .endEvent()
                .moveToActivity("approveDecision")
                .boundaryEvent("escalationDue")
                .cancelActivity(false)
                .timerWithDuration("P28D")
                .userTask("escalateDecision")
                .camundaCandidateGroups("county-officer")
                .endEvent()
                .subProcessDone()
                .serviceTask("recordDecision")
                .camundaClass(RecordDecision.class)
                .exclusiveGateway("outcomeGateway")
                .condition("returnedForChanges", "${decisionOutcome == 'RETURNED'}")
                .connectTo("proposalMerge")
                .moveToNode("outcomeGateway")
                .condition("rejected", "${decisionOutcome == 'REJECTED'}")
                .endEvent("proposalRejected")
                .moveToNode("outcomeGateway")
                .condition("approved", "${decisionOutcome == 'APPROVED'}")
                .serviceTask("scheduleFollowUp")
                .camundaClass(StartFollowUp.class)
                .endEvent("decisionMade")
                .done();
        EndEvent given = model.getModelElementById("decisionGiven");
        given.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
        return model;
    }

    /** The proposer's notice of the verdict: a task assigned to the proposer. */
    public static BpmnModelInstance outcome() {
        return Bpmn.createExecutableProcess(OUTCOME)
                .camundaHistoryTimeToLive(180)
                .startEvent("decisionMade")
                .message(OUTCOME_MESSAGE)
                .userTask("readOutcome")
                .name("Besked om beslutet: ${decisionOutcomeText}")
                .camundaAssignee("${proposer}")
                .endEvent("outcomeRead")
                .done();
    }

    /** An approved decision's follow-up: a timer on the follow-up date, then the proposer's task. */
    public static BpmnModelInstance followUp() {
        return Bpmn.createExecutableProcess(FOLLOW_UP)
                .camundaHistoryTimeToLive(180)
                .startEvent("decisionApproved")
                .message(FOLLOW_UP_MESSAGE)
                .intermediateCatchEvent("followUpDateReached")
                .timerWithDate("${followUpAt}")
                .userTask("followUpDecision")
                .camundaAssignee("${proposer}")
                .camundaCandidateGroups("coordinator")
                .serviceTask("recordFollowUp")
                .camundaExpression("${true}")
                .endEvent("decisionFollowedUp")
                .done();
    }

    /**
     * Who decides, by decision type and requested resources: the routing table's shape (first hit, three inputs,
     * two outputs), with its limits written in the table.
     */
    public static String routing() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="bareRoutingDefinitions"
                    name="Bare routing" namespace="http://valdsprevention.se/bare">
                  <decision id="%s" name="Bare routing" camunda:historyTimeToLive="180">
                    <decisionTable id="bareRoutingTable" hitPolicy="FIRST">
                      <input id="type"><inputExpression id="typeExpression" typeRef="string">
                        <text>decisionType</text></inputExpression></input>
                      <input id="sek"><inputExpression id="sekExpression" typeRef="double">
                        <text>resourcesSek</text></inputExpression></input>
                      <input id="hours"><inputExpression id="hoursExpression" typeRef="double">
                        <text>resourcesHours</text></inputExpression></input>
                      <output id="role" name="deciderRole" typeRef="string"/>
                      <output id="group" name="deciderGroup" typeRef="string"/>
                      %s
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(
                        ROUTING,
                        rule("steering", "\"STEERING_DOCUMENT_INTEGRATION\"", "", "", "Kommunstyrelsen", "board-chair")
                                + rule("plan", "\"ACTION_PLAN_ADOPTION\"", "", "", "Kommunstyrelsen", "board-chair")
                                + rule("large", "", "&gt; 200000", "", "Kommunstyrelsen", "board-chair")
                                + rule("medium", "", "&gt; 50000", "", "Kommunstyrelsens ordförande", "board-chair")
                                + rule("hours", "", "", "&gt; 200", "Kommunstyrelsens ordförande", "board-chair")
                                + rule("small", "", "", "", "Förvaltningschef", "manager"));
    }

    private static String rule(String id, String type, String sek, String hours, String role, String group) {
        return """
                <rule id="rule_%1$s"><inputEntry id="%1$sType"><text>%2$s</text></inputEntry>
                  <inputEntry id="%1$sSek"><text>%3$s</text></inputEntry>
                  <inputEntry id="%1$sHours"><text>%4$s</text></inputEntry>
                  <outputEntry id="%1$sRole"><text>"%5$s"</text></outputEntry>
                  <outputEntry id="%1$sGroup"><text>"%6$s"</text></outputEntry></rule>
                """.formatted(id, type, sek, hours, role, group);
    }

    /** Records the proposal: who proposed it, its id, and the decider the table chose. */
    public static class RecordProposal implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Map<?, ?> routing = (Map<?, ?>) execution.getVariable("routing");
            execution.removeVariable("routing");
            execution.setVariable(
                    "proposer",
                    execution
                            .getProcessEngineServices()
                            .getIdentityService()
                            .getCurrentAuthentication()
                            .getUserId());
            execution.setVariable("decisionId", UUID.randomUUID().toString());
            execution.setVariable("deciderRole", routing.get("deciderRole"));
            execution.setVariable("deciderGroup", routing.get("deciderGroup"));
        }
    }

    /** Records the verdict as the outcome the calling process reads, and tells the proposer of a verdict. */
    public static class RecordDecision implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            String outcome = switch (String.valueOf(execution.getVariable("verdict"))) {
                case "APPROVE" -> "APPROVED";
                case "REJECT" -> "REJECTED";
                default -> "RETURNED";
            };
            Object comment = execution.getVariable("verdictComment");
            execution.setVariable("decisionOutcome", outcome);
            execution.setVariable("decisionComment", comment);
            if (!"RETURNED".equals(outcome)) {
                execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .createMessageCorrelation(OUTCOME_MESSAGE)
                        .setVariables(Variables.createVariables()
                                .putValue("municipalityCode", execution.getVariable("municipalityCode"))
                                .putValue("decisionId", execution.getVariable("decisionId"))
                                .putValue("decisionTitle", execution.getVariable("decisionTitle"))
                                .putValue("proposer", execution.getVariable("proposer"))
                                .putValue("decisionOutcomeText", "APPROVED".equals(outcome) ? "Bifall" : "Avslag")
                                .putValue("decisionComment", comment == null ? "" : comment))
                        .correlateStartMessage();
            }
        }
    }

    /** Starts the follow-up of an approved decision with the decision's data and its follow-up time. */
    public static class StartFollowUp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            String followUpAt = LocalDate.parse((String) execution.getVariable("followUpDate"))
                    .atTime(9, 0)
                    .atZone(ZoneId.of("Europe/Stockholm"))
                    .toOffsetDateTime()
                    .toString();
            execution
                    .getProcessEngineServices()
                    .getRuntimeService()
                    .createMessageCorrelation(FOLLOW_UP_MESSAGE)
                    .setVariables(Variables.createVariables()
                            .putValue("municipalityCode", execution.getVariable("municipalityCode"))
                            .putValue("decisionId", execution.getVariable("decisionId"))
                            .putValue("proposer", execution.getVariable("proposer"))
                            .putValue("decisionTitle", execution.getVariable("decisionTitle"))
                            .putValue("mandate", execution.getVariable("mandate"))
                            .putValue("resourcesSek", execution.getVariable("resourcesSek"))
                            .putValue("resourcesHours", execution.getVariable("resourcesHours"))
                            .putValue("followUpAt", followUpAt))
                    .correlateStartMessage();
        }
    }
}
