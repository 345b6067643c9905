package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deploying a model is running code: even an administrator's model runs no script but JUEL expressions, and no
 * variable is deserialized into a Java type outside Camunda's defaults and this project's own.
 */
class EngineSafeDefaultsTest extends DemoCountyTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aScriptTaskInAnyLanguageButJuelIsRefusedWhenItRuns() {
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "script-test.bpmn",
                        Bpmn.createExecutableProcess("scriptTest")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .scriptTask("runScript")
                                .scriptFormat("groovy")
                                .scriptText("new File('/tmp/owned').text = 'x'")
                                .endEvent()
                                .done())
                .deploy();

        Throwable refused = catchThrowable(() ->
                runtimeService.startProcessInstanceByKey("scriptTest", java.util.Map.of("municipalityCode", "2417")));

        assertThat(refused).isInstanceOf(ProcessEngineException.class).hasMessageContaining("disabled");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("scriptTest")
                        .count())
                .isZero();
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getScriptEngineResolver().getScriptEngine("juel", true))
                .isNotNull();
        assertThat(catchThrowable(() -> configuration.getScriptEngineResolver().getScriptEngine("javascript", true)))
                .hasMessageContaining("disabled");
    }

    @Test
    void aVariableNamingAJavaTypeOutsideTheAllowListIsNotDeserialized() {
        String instance = runtimeService
                .startProcessInstanceByKey("abuseSerialization", java.util.Map.of("municipalityCode", "2417"))
                .getId();
        runtimeService.setVariable(
                instance,
                "hostile",
                Variables.serializedObjectValue("\"http://example.org\"")
                        .objectTypeName("java.net.URL")
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
        runtimeService.setVariable(
                instance,
                "harmless",
                Variables.serializedObjectValue("[\"a\"]")
                        .objectTypeName("java.util.ArrayList<java.lang.String>")
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());

        assertThat(catchThrowable(() -> runtimeService.getVariable(instance, "hostile")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(runtimeService.getVariable(instance, "harmless")).asList().containsExactly("a");
    }

    @org.junit.jupiter.api.BeforeEach
    void deployAWaitingProcess() {
        if (repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("abuseSerialization")
                        .count()
                == 0) {
            repositoryService
                    .createDeployment()
                    .addModelInstance(
                            "abuse-serialization.bpmn",
                            Bpmn.createExecutableProcess("abuseSerialization")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask("waiting")
                                    .camundaCandidateGroups("camunda-admin")
                                    .endEvent()
                                    .done())
                    .deploy();
        }
    }
}
