package se.valdsprevention.workflows.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds the models, decision tables and Camunda Forms packaged in this library to the starter's
 * auto-deployment.
 *
 * <p>The starter's default resource pattern finds BPMN and DMN files but not {@code *.form}, and a
 * host that sets its own pattern may find none of ours. Appending our resources after the starter
 * has resolved the host's keeps both, deploys forms in the same deployment as the models that
 * reference them ({@code camunda:formRefBinding="deployment"}), and leaves duplicate filtering and
 * the cluster's deployment lock to the engine.
 *
 * <p>A host that deploys its own decision table with the id {@code decisionRouting} replaces ours:
 * the models find the table in their own deployment, so ours is left out of it.
 */
public class PreventionResourcesPlugin extends AbstractProcessEnginePlugin {

    /** Where the top-level {@code bpmn/} folder is packaged inside the prevention-workflows jar. */
    public static final String LOCATION = "classpath*:se/valdsprevention/bpmn/";

    static final String[] PATTERNS = {"**/*.bpmn", "**/*.dmn", "**/*.form"};

    /** Our routing table; a host that deploys its own table with the id {@code decisionRouting} replaces it. */
    static final String ROUTING_TABLE = "decision-routing.dmn";

    private static final String PACKAGE_PATH = "se/valdsprevention/bpmn/";

    private final PathMatchingResourcePatternResolver resolver;

    public PreventionResourcesPlugin(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!(configuration instanceof SpringProcessEngineConfiguration spring)) {
            return;
        }
        Map<String, Resource> byUrl = new LinkedHashMap<>();
        Resource[] present = spring.getDeploymentResources();
        if (present != null) {
            Arrays.stream(present).forEach(resource -> byUrl.put(url(resource), resource));
        }
        boolean hostRoutesDecisions = byUrl.values().stream()
                .anyMatch(resource -> !url(resource).contains(PACKAGE_PATH) && definesDecisionRouting(resource));
        for (Resource resource : packagedResources()) {
            if (hostRoutesDecisions && ROUTING_TABLE.equals(resource.getFilename())) {
                continue;
            }
            byUrl.putIfAbsent(url(resource), resource);
        }
        spring.setDeploymentResources(byUrl.values().toArray(Resource[]::new));
    }

    /** The models, decision tables and forms this library ships. */
    public Resource[] packagedResources() {
        try {
            return Arrays.stream(PATTERNS)
                    .flatMap(pattern -> {
                        try {
                            return Arrays.stream(resolver.getResources(LOCATION + pattern));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(Resource::isReadable)
                    .toArray(Resource[]::new);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("Cannot read the packaged models under " + LOCATION, e.getCause());
        }
    }

    /** Whether a host's DMN file defines the decision {@code decisionRouting}. */
    static boolean definesDecisionRouting(Resource resource) {
        String name = resource.getFilename();
        if (name == null || !name.endsWith(".dmn")) {
            return false;
        }
        try (var in = resource.getInputStream()) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return xml.matches("(?s).*<(\\w+:)?decision\\s[^>]*id=\"decisionRouting\".*");
        } catch (IOException e) {
            return false;
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toExternalForm();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
