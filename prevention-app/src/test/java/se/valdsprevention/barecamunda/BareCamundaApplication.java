package se.valdsprevention.barecamunda;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda Spring Boot application for the national benchmark: the starter alone, no prevention-workflows
 * listeners, tenants or authorizations, and a model of the IAVP cycle's shape built in code. It lives outside
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

    /**
     * The IAVP cycle's shape: the same user tasks in the same five sub-processes, the same gateways (the parallel
     * split in step 2, the loops back after a rejection and the choice of how the next cycle goes on) and two
     * decisions as call activities, each with its two non-interrupting reminder timers.
     */
    public static BpmnModelInstance cycle() {
        return Bpmn.createExecutableProcess(CYCLE)
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
                .camundaOut("verdict", "mandateVerdict")
                .exclusiveGateway("mandateGranted")
                .condition("mandateRejected", "${mandateVerdict == 'REJECT'}")
                .connectTo("visionMerge")
                .moveToNode("mandateGranted")
                .condition("mandateApproved", "${mandateVerdict != 'REJECT'}")
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
                .camundaOut("verdict", "steeringVerdict")
                .exclusiveGateway("steeringAdopted")
                .condition("steeringRejected", "${steeringVerdict == 'REJECT'}")
                .userTask("reviseSteeringProposal")
                .camundaCandidateGroups("coordinator")
                .connectTo("steeringMerge")
                .moveToNode("steeringAdopted")
                .condition("steeringApproved", "${steeringVerdict != 'REJECT'}")
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
    }

    /** The municipal decision's shape: propose, record, decide (with reminder and escalation timers), record. */
    public static BpmnModelInstance decision() {
        return Bpmn.createExecutableProcess(DECISION)
                .camundaHistoryTimeToLive(180)
                .startEvent("decisionRequested")
                .exclusiveGateway("proposalMerge")
                .userTask("prepareProposal")
                .camundaCandidateGroups("coordinator,county-officer")
                .serviceTask("recordProposal")
                .camundaExpression("${true}")
                .userTask("approveDecision")
                .camundaCandidateGroups("manager")
                .boundaryEvent("reminderDue")
                .cancelActivity(false)
                .timerWithDuration("P14D")
                .userTask("remindDecider")
                .camundaCandidateGroups("manager")
                .endEvent()
                .moveToActivity("approveDecision")
                .boundaryEvent("escalationDue")
                .cancelActivity(false)
                .timerWithDuration("P28D")
                .userTask("escalateDecision")
                .camundaCandidateGroups("county-officer")
                .endEvent()
                .moveToActivity("approveDecision")
                .serviceTask("recordDecision")
                .camundaExpression("${true}")
                .exclusiveGateway("outcomeGateway")
                .condition("returned", "${verdict == 'RETURN'}")
                .connectTo("proposalMerge")
                .moveToNode("outcomeGateway")
                .condition("made", "${verdict != 'RETURN'}")
                .endEvent("decisionMade")
                .done();
    }
}
