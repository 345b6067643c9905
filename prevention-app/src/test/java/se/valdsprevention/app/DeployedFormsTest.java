package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.workflows.deployment.PreventionResourcesPlugin;

/** Every user task of every deployed model finds its Camunda Form in the same deployment. */
class DeployedFormsTest extends DemoCountyTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyUserTaskOfEveryDeployedModelHasItsFormInTheDeployment() throws IOException {
        Set<String> checked = new HashSet<>();
        Set<String> packaged = new HashSet<>();
        for (org.springframework.core.io.Resource model :
                new PreventionResourcesPlugin(getClass().getClassLoader()).packagedResources()) {
            packaged.add(model.getFilename());
        }
        for (ProcessDefinition definition :
                repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            String file = definition
                    .getResourceName()
                    .substring(definition.getResourceName().lastIndexOf('/') + 1);
            if (!packaged.contains(file)) {
                continue; // a model another test deployed
            }
            Set<String> formsInDeployment = formIds(definition.getDeploymentId());
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
                assertThat(formsInDeployment)
                        .as(definition.getKey() + "." + task.getId())
                        .contains(task.getCamundaFormRef());
                checked.add(definition.getKey() + "." + task.getId());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(formsInDeployment).as(start.getId()).contains(start.getCamundaFormRef());
                }
            }
        }
        assertThat(checked)
                .contains(
                        "iavpCycle.mapCollaboration",
                        "iavpCycle.describeSituation",
                        "iavpCycle.contactStalledMunicipality",
                        "municipalDecision.approveDecision",
                        "decisionFollowUp.followUpDecision",
                        "checkIn.holdCheckIn",
                        "checkIn.carryOutAction")
                .hasSizeGreaterThan(20);
    }

    private Set<String> formIds(String deploymentId) throws IOException {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(".form")) {
                try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resource.getId())) {
                    ids.add(json.readTree(in).path("id").asText());
                }
            }
        }
        return ids;
    }
}
