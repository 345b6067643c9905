package se.valdsprevention.workflows.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** What the plugin adds to the host's auto-deployment. */
class PreventionResourcesPluginTest {

    final PreventionResourcesPlugin plugin =
            new PreventionResourcesPlugin(getClass().getClassLoader());

    @Test
    void addsTheModelsTablesAndFormsToTheHostsResources(@TempDir Path dir) throws IOException {
        Resource hostModel = file(dir, "host.bpmn", "<definitions/>");

        List<String> deployed = deployedWith(hostModel);

        assertThat(deployed)
                .contains(
                        "host.bpmn",
                        "iavp-cycle.bpmn",
                        "municipal-decision.bpmn",
                        "decision-routing.dmn",
                        "approve-decision.form");
    }

    @Test
    void leavesOurRoutingTableOutWhenTheHostBringsItsOwn(@TempDir Path dir) throws IOException {
        Resource countyTable = file(
                dir,
                "jamtland-routing.dmn",
                "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">"
                        + "<decision id=\"decisionRouting\" name=\"Vem beslutar i Jämtland?\"/></definitions>");
        Resource otherTable = file(dir, "other.dmn", "<definitions><decision id=\"somethingElse\"/></definitions>");

        assertThat(deployedWith(countyTable))
                .contains("jamtland-routing.dmn", "municipal-decision.bpmn")
                .doesNotContain("decision-routing.dmn");
        assertThat(deployedWith(otherTable)).contains("other.dmn", "decision-routing.dmn");
    }

    private List<String> deployedWith(Resource... host) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setDeploymentResources(host);
        plugin.preInit(configuration);
        return Arrays.stream(configuration.getDeploymentResources())
                .map(Resource::getFilename)
                .toList();
    }

    private static Resource file(Path dir, String name, String content) throws IOException {
        return new FileSystemResource(Files.writeString(dir.resolve(name), content));
    }
}
