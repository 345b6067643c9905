package se.valdsprevention.workflows.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table on its own, as packaged, with the default thresholds 50 000 kr, 200 h and 250 000 kr. */
class DecisionRoutingTableTest {

    static DmnEngine dmnEngine;
    static DmnDecision routing;

    @BeforeAll
    static void parseTheTable() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table =
                DecisionRoutingTableTest.class.getResourceAsStream("/se/valdsprevention/bpmn/decision-routing.dmn")) {
            routing = dmnEngine.parseDecision("decisionRouting", table);
        }
    }

    @ParameterizedTest(name = "{0}, {1} kr, {2} h -> {3}")
    @CsvSource({
        "PARTICIPATION_MANDATE,          0,      0, Kommunchef",
        "PARTICIPATION_MANDATE,      50000,    200, Kommunchef",
        "PARTICIPATION_MANDATE,      50001,      0, Kommunstyrelsens ordförande",
        "RESOURCES,                  49999.5,    0, Kommunchef",
        "RESOURCES,                  50000,      0, Kommunchef",
        "RESOURCES,                  50000.01,   0, Kommunstyrelsens ordförande",
        "RESOURCES,                      0,    200, Kommunchef",
        "RESOURCES,                      0,  200.5, Kommunstyrelsens ordförande",
        "RESOURCES,                 250000,      0, Kommunstyrelsens ordförande",
        "RESOURCES,                 250001,      0, Kommunstyrelsen",
        "OTHER,                       1000,     10, Kommunchef",
        "OTHER,                    1000000,     10, Kommunstyrelsen",
        "ACTION_PLAN_ADOPTION,           0,      0, Kommunstyrelsen",
        "ACTION_PLAN_ADOPTION,        1000,     10, Kommunstyrelsen",
        "STEERING_DOCUMENT_INTEGRATION,  0,      0, Kommunstyrelsen",
    })
    void routesByTypeAndResources(String type, double sek, double hours, String decider) {
        DmnDecisionRuleResult result = evaluate(type, sek, hours, 50_000, 200, 250_000);

        assertThat((String) result.getEntry("deciderRole")).isEqualTo(decider);
        assertThat((String) result.getEntry("deciderGroup"))
                .as("the group that may decide is the role the routing names")
                .isEqualTo(decider.equals("Kommunchef") ? "manager" : "board-chair");
    }

    @ParameterizedTest(name = "limits {0} kr / {1} kr: {2} kr -> {3}")
    @CsvSource({
        "10000, 20000,  10000, Kommunchef",
        "10000, 20000,  10001, Kommunstyrelsens ordförande",
        "10000, 20000,  20001, Kommunstyrelsen",
        "100000, 500000, 99000, Kommunchef",
    })
    void followsTheCountysThresholds(double managerMax, double chairMax, double sek, String decider) {
        assertThat((String)
                        evaluate("RESOURCES", sek, 0, managerMax, 200, chairMax).getEntry("deciderRole"))
                .isEqualTo(decider);
    }

    private static DmnDecisionRuleResult evaluate(
            String type, double sek, double hours, double managerMaxSek, double managerMaxHours, double chairMaxSek) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("decisionType", type)
                .putValue("resourcesSek", sek)
                .putValue("resourcesHours", hours)
                .putValue("managerMaxSek", managerMaxSek)
                .putValue("managerMaxHours", managerMaxHours)
                .putValue("boardChairMaxSek", chairMaxSek);
        return dmnEngine.evaluateDecisionTable(routing, variables).getSingleResult();
    }
}
